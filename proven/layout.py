"""Where things sit under a docs root: the folder names and the files of snippets/ that no page embeds."""

DOCS, SNIPPETS = "docs", "snippets"  # Markdown pages and notebooks; programs and their outputs
SETTINGS_FILE = "examples.toml"  # per folder of snippets/: what each snippet declares (proven.settings)
PROVEN_FILE = "proven.json"  # in snippets/: what the last matrix run proved (proven.proof)
REQUIREMENTS = "requirements.txt"  # in snippets/: their third-party packages (proven.packages)
REQUIREMENTS_INPUT = "requirements.in"  # in snippets/: what that lock is generated from
FREE_THREADED_REQUIREMENTS = "requirements-free-threaded.txt"  # in snippets/: for 3.13t, whose wheels are fewer
NOT_SNIPPETS = {SETTINGS_FILE, PROVEN_FILE, REQUIREMENTS, REQUIREMENTS_INPUT, FREE_THREADED_REQUIREMENTS}
