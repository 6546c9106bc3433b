// arXiv's subject classes, for naming the bare codes listings show. The table is every active
// category of arXiv's official taxonomy (arxiv.org/category_taxonomy; arXiv/arxiv-base,
// arxiv/taxonomy/definitions.py), with arXiv's names. Retired archives (cmp-lg, solv-int, …) and the
// legacy bare "astro-ph" and "cond-mat" are left out.
//
// arXiv defines six aliases, pairs of ids for one subject (the second id is arXiv's canonical one):
// math.IT = cs.IT, cs.NA = math.NA, math.MP = math-ph, q-fin.EC = econ.GN, stat.TH = math.ST,
// cs.SY = eess.SY. Both ids of a pair are in the table, each under its own archive, and each resolves
// to itself, so a paper keeps the id its listing gives it.

/**
 * One arXiv subject class.
 * @example { id: "cs.LG", name: "Machine Learning", archive: "cs", archiveName: "Computer Science" }
 */
export interface Category {
  /** arXiv identifier, e.g. "cs.LG" or "hep-th". */
  id: string;
  /** Official name, e.g. "Machine Learning". */
  name: string;
  /** Archive, e.g. "cs" (for a single-category archive such as "hep-th", the id itself). */
  archive: string;
  /**
   * Human name of the archive, e.g. "Computer Science". The single-category physics archives (gr-qc,
   * hep-ex, hep-lat, hep-ph, hep-th, math-ph, nucl-ex, nucl-th, quant-ph) carry the name of their arXiv
   * group, "Physics", so that they are listed together with physics.*.
   */
  archiveName: string;
}

const ARCHIVE_NAMES: Readonly<Record<string, string>> = {
  cs: "Computer Science",
  econ: "Economics",
  eess: "Electrical Engineering and Systems Science",
  math: "Mathematics",
  "q-bio": "Quantitative Biology",
  "q-fin": "Quantitative Finance",
  stat: "Statistics",
  "astro-ph": "Astrophysics",
  "cond-mat": "Condensed Matter",
  physics: "Physics",
  nlin: "Nonlinear Sciences",
};

// One category a line: id, a space, the official name.
const TABLE = `
astro-ph.CO Cosmology and Nongalactic Astrophysics
astro-ph.EP Earth and Planetary Astrophysics
astro-ph.GA Astrophysics of Galaxies
astro-ph.HE High Energy Astrophysical Phenomena
astro-ph.IM Instrumentation and Methods for Astrophysics
astro-ph.SR Solar and Stellar Astrophysics
cond-mat.dis-nn Disordered Systems and Neural Networks
cond-mat.mes-hall Mesoscale and Nanoscale Physics
cond-mat.mtrl-sci Materials Science
cond-mat.other Other Condensed Matter
cond-mat.quant-gas Quantum Gases
cond-mat.soft Soft Condensed Matter
cond-mat.stat-mech Statistical Mechanics
cond-mat.str-el Strongly Correlated Electrons
cond-mat.supr-con Superconductivity
cs.AI Artificial Intelligence
cs.AR Hardware Architecture
cs.CC Computational Complexity
cs.CE Computational Engineering, Finance, and Science
cs.CG Computational Geometry
cs.CL Computation and Language
cs.CR Cryptography and Security
cs.CV Computer Vision and Pattern Recognition
cs.CY Computers and Society
cs.DB Databases
cs.DC Distributed, Parallel, and Cluster Computing
cs.DL Digital Libraries
cs.DM Discrete Mathematics
cs.DS Data Structures and Algorithms
cs.ET Emerging Technologies
cs.FL Formal Languages and Automata Theory
cs.GL General Literature
cs.GR Graphics
cs.GT Computer Science and Game Theory
cs.HC Human-Computer Interaction
cs.IR Information Retrieval
cs.IT Information Theory
cs.LG Machine Learning
cs.LO Logic in Computer Science
cs.MA Multiagent Systems
cs.MM Multimedia
cs.MS Mathematical Software
cs.NA Numerical Analysis
cs.NE Neural and Evolutionary Computing
cs.NI Networking and Internet Architecture
cs.OH Other Computer Science
cs.OS Operating Systems
cs.PF Performance
cs.PL Programming Languages
cs.RO Robotics
cs.SC Symbolic Computation
cs.SD Sound
cs.SE Software Engineering
cs.SI Social and Information Networks
cs.SY Systems and Control
econ.EM Econometrics
econ.GN General Economics
econ.TH Theoretical Economics
eess.AS Audio and Speech Processing
eess.IV Image and Video Processing
eess.SP Signal Processing
eess.SY Systems and Control
gr-qc General Relativity and Quantum Cosmology
hep-ex High Energy Physics - Experiment
hep-lat High Energy Physics - Lattice
hep-ph High Energy Physics - Phenomenology
hep-th High Energy Physics - Theory
math-ph Mathematical Physics
math.AC Commutative Algebra
math.AG Algebraic Geometry
math.AP Analysis of PDEs
math.AT Algebraic Topology
math.CA Classical Analysis and ODEs
math.CO Combinatorics
math.CT Category Theory
math.CV Complex Variables
math.DG Differential Geometry
math.DS Dynamical Systems
math.FA Functional Analysis
math.GM General Mathematics
math.GN General Topology
math.GR Group Theory
math.GT Geometric Topology
math.HO History and Overview
math.IT Information Theory
math.KT K-Theory and Homology
math.LO Logic
math.MG Metric Geometry
math.MP Mathematical Physics
math.NA Numerical Analysis
math.NT Number Theory
math.OA Operator Algebras
math.OC Optimization and Control
math.PR Probability
math.QA Quantum Algebra
math.RA Rings and Algebras
math.RT Representation Theory
math.SG Symplectic Geometry
math.SP Spectral Theory
math.ST Statistics Theory
nlin.AO Adaptation and Self-Organizing Systems
nlin.CD Chaotic Dynamics
nlin.CG Cellular Automata and Lattice Gases
nlin.PS Pattern Formation and Solitons
nlin.SI Exactly Solvable and Integrable Systems
nucl-ex Nuclear Experiment
nucl-th Nuclear Theory
physics.acc-ph Accelerator Physics
physics.ao-ph Atmospheric and Oceanic Physics
physics.app-ph Applied Physics
physics.atm-clus Atomic and Molecular Clusters
physics.atom-ph Atomic Physics
physics.bio-ph Biological Physics
physics.chem-ph Chemical Physics
physics.class-ph Classical Physics
physics.comp-ph Computational Physics
physics.data-an Data Analysis, Statistics and Probability
physics.ed-ph Physics Education
physics.flu-dyn Fluid Dynamics
physics.gen-ph General Physics
physics.geo-ph Geophysics
physics.hist-ph History and Philosophy of Physics
physics.ins-det Instrumentation and Detectors
physics.med-ph Medical Physics
physics.optics Optics
physics.plasm-ph Plasma Physics
physics.pop-ph Popular Physics
physics.soc-ph Physics and Society
physics.space-ph Space Physics
q-bio.BM Biomolecules
q-bio.CB Cell Behavior
q-bio.GN Genomics
q-bio.MN Molecular Networks
q-bio.NC Neurons and Cognition
q-bio.OT Other Quantitative Biology
q-bio.PE Populations and Evolution
q-bio.QM Quantitative Methods
q-bio.SC Subcellular Processes
q-bio.TO Tissues and Organs
q-fin.CP Computational Finance
q-fin.EC Economics
q-fin.GN General Finance
q-fin.MF Mathematical Finance
q-fin.PM Portfolio Management
q-fin.PR Pricing of Securities
q-fin.RM Risk Management
q-fin.ST Statistical Finance
q-fin.TR Trading and Market Microstructure
quant-ph Quantum Physics
stat.AP Applications
stat.CO Computation
stat.ME Methodology
stat.ML Machine Learning
stat.OT Other Statistics
stat.TH Statistics Theory
`;

/**
 * Every current arXiv subject class (155 of them, aliases included), sorted by id.
 * @example CATEGORIES.find((c) => c.id === "eess.AS")?.name // "Audio and Speech Processing"
 */
export const CATEGORIES: readonly Category[] = TABLE.trim()
  .split("\n")
  .map((line): Category => {
    const space = line.indexOf(" ");
    const id = line.slice(0, space);
    const dot = id.indexOf(".");
    const archive = dot === -1 ? id : id.slice(0, dot);
    return Object.freeze({ id, name: line.slice(space + 1), archive, archiveName: ARCHIVE_NAMES[archive] ?? "Physics" });
  })
  .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

// A bare code that several archives share goes to the first of them in this order: "ML" is stat.ML
// (there is no cs.ML), "SY" is cs.SY rather than eess.SY, "CO" is stat.CO (not math.CO or
// astro-ph.CO), "GN" is math.GN, "ST" is math.ST (not q-fin.ST), "TH" is stat.TH, "SP" is eess.SP.
const PREFERENCE = ["cs", "stat", "eess", "math", "econ", "q-bio", "q-fin", "physics", "astro-ph", "cond-mat", "nlin"];

const byId = new Map(CATEGORIES.map((c) => [c.id.toLowerCase(), c]));
const byCode = new Map<string, Category>();
for (const archive of PREFERENCE) {
  for (const c of CATEGORIES) {
    const code = c.id.slice(archive.length + 1);
    if (c.archive === archive && c.id !== archive && !byCode.has(code)) byCode.set(code, c);
  }
}

/**
 * Finds the subject class a listing names, or undefined for an unknown code.
 *
 * Accepts a full id in any case ("cs.LG", "CS.LG", "hep-th", "astro-ph.CO") or a bare subject-class
 * code spelt as arXiv spells it: upper case for most archives ("LG", "ML", "AS", "OC"), lower case for
 * the physics and cond-mat ones ("optics", "stat-mech"). A bare code in the wrong case ("lg") is not
 * read. A bare code found in several archives resolves by this preference: cs, stat, eess, math, econ,
 * q-bio, q-fin, physics, astro-ph, cond-mat, nlin. Surrounding whitespace is ignored.
 * @example resolveCategory("LG")?.id // "cs.LG"
 * @example resolveCategory("ML")?.id // "stat.ML"
 * @example resolveCategory("OC")?.name // "Optimization and Control"
 * @example resolveCategory("quant-ph")?.name // "Quantum Physics"
 * @example resolveCategory("XX") // undefined
 */
export function resolveCategory(code: string): Category | undefined {
  const text = code.trim();
  return byId.get(text.toLowerCase()) ?? byCode.get(text);
}
