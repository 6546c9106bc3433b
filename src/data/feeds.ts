// RSS feeds of papers (site-wide, per category, per author), with plain-text titles and abstracts.
import { getRssString } from "@astrojs/rss";
import { abstractText, type Paper } from "./directory.ts";
import { paperUrl } from "./urls.ts";

const FEED_SIZE = 50;

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** An RSS document of the newest papers of a list (which is newest first). */
export function paperFeedXml(options: { title: string; description: string; papers: readonly Paper[] }): Promise<string> {
  return getRssString({
    title: options.title,
    description: options.description,
    site: import.meta.env.SITE ?? "https://paperdir.example.org",
    trailingSlash: true,
    items: options.papers.slice(0, FEED_SIZE).map((p) => ({
      title: p.data.titleText,
      link: paperUrl(p.id),
      pubDate: new Date(`${p.data.date}T00:00:00Z`),
      description: abstractText(p),
      categories: [p.data.categoryName],
      // RSS's <author> must be an e-mail address; names go in Dublin Core's creator instead.
      customData: `<dc:creator>${escapeXml([...p.data.authors.map((a) => a.name), ...(p.data.authorsTruncated ? ["et al."] : [])].join(", "))}</dc:creator>`,
    })),
    xmlns: { dc: "http://purl.org/dc/elements/1.1/" },
  });
}
