"""The one error the engine raises about the docs themselves."""


class DocsError(Exception):
    """A problem with the docs themselves (bad settings, missing files); the message says what to fix."""
