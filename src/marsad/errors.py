"""Exceptions raised by marsad; the CLI turns them into a message and an exit code."""


class MarsadError(Exception):
    """Base class of every error marsad raises on purpose."""


class InputError(MarsadError):
    """An input file or record cannot be read as an article."""


class InvalidArticleError(InputError, ValueError):
    """An Article built with a field of the wrong type or form (e.g. a date given as text)."""


class EncodingError(InputError):
    """Bytes that decode in no supported encoding (UTF-8, UTF-16, Windows-1256)."""


class SettingsError(MarsadError, ValueError):
    """A setting is out of its allowed range."""


class NoArticlesError(MarsadError):
    """Nothing usable was found in the given inputs."""


class UnknownAlgorithmError(MarsadError, KeyError):
    """A registry was asked for a name it does not know."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "unknown algorithm"


class FetchError(InputError):
    """A feed that could not be fetched within its limits (deadline, size)."""


class ManifestError(InputError):
    """A sources manifest (file name → outlet and metadata) that cannot be read."""


class StoreError(MarsadError):
    """The story store cannot be opened, migrated or written."""


class EngineError(MarsadError):
    """An execution engine is missing, unreachable or failed (e.g. no Dask scheduler there)."""


# An error printed on one log or terminal line: a database error may span lines and carry the
# SQL and its parameters (a whole posted article), so it is folded and cut to this length.
MAX_ERROR_CHARS = 300


def one_line(error: object, limit: int = MAX_ERROR_CHARS) -> str:
    """``str(error)`` on one line (runs of white space folded to a space), cut to ``limit``."""
    text = " ".join(str(error).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
