"""Every path the project uses, anchored at the repository root (never the working directory)."""
from pathlib import Path

PROJ_ROOT = Path(__file__).resolve().parent.parent

DATA_DIR = PROJ_ROOT / "data"
REPORTS_DIR = DATA_DIR / "reports"
PROCESSED_DIR = DATA_DIR / "processed"
LEXICON_DIR = DATA_DIR / "lexicon"
GEO_DIR = DATA_DIR / "geo"
INGEST_DIR = DATA_DIR / "ingest"
CODEBOOK_DIR = DATA_DIR / "codebook"
CACHE_DIR = DATA_DIR / "cache"
LAYOUTS_DIR = DATA_DIR / "layouts"  # actor and country names in ACLED's and UCDP's style
EXPORTS_DIR = DATA_DIR / "exports"  # the incidents written in those layouts
EXTERNAL_DIR = DATA_DIR / "external"  # records others coded, to compare with
EXTRACTIONS_CACHE_DIR = CACHE_DIR / "extractions"  # what `python -m helpers build` keeps between builds

NOTEBOOKS_DIR = PROJ_ROOT / "notebooks"
OUTPUT_DIR = PROJ_ROOT / "reports"
FIGURES_DIR = OUTPUT_DIR / "figures"


def shown(path, *, name_outside: bool = False) -> str:
    """A path as messages and outputs print it: relative to PROJ_ROOT, with forward slashes, when
    inside it; outside it the path as given, or only its name when name_outside is set (for notebook
    outputs, which must not carry a machine's folders)."""
    resolved = Path(path).resolve()
    try:
        return resolved.relative_to(PROJ_ROOT).as_posix()
    except ValueError:
        return resolved.name if name_outside else str(path)
