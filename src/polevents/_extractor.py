"""The entry points, `extract` and `Extractor`: they check their input and run `polevents._pipeline`."""

from __future__ import annotations

import datetime as dt

import attrs

from polevents._types import Article, Extraction
from polevents.exceptions import InvalidArticleError
from polevents.rules import RuleSet

__all__ = ["Extractor", "extract"]


def extract(
    text_or_article: str | Article,
    *,
    published: dt.date | str | None = None,
    rules: RuleSet | None = None,
) -> Extraction:
    """Read one article and return the departures, quotes and dates it states.

    Args:
        text_or_article: the article's text, or an `Article`.
        published: the publication date, for text input; relative dates
            ("yesterday", "last month") resolve against it. Without one, a
            dateline at the top of the text is used if there is one;
            otherwise relative dates stay unresolved. Never today's date.
        rules: the rules to use; `polevents.defaults.RULES` when ``None``.

    Raises:
        InvalidArticleError: the text is not a `str`, *published* is not a
            date or an ISO date string, or both an Article and *published*
            were given.

    Examples:
        >>> import polevents
        >>> result = polevents.extract("Cllr Jo Bloggs has quit the Tories.", published="2024-04-01")
        >>> [(d.party.name, d.kind.value) for d in result.departures]
        [('Conservative', 'resignation')]

    .. versionadded:: 0.1.0
    """
    article = _as_article(text_or_article, published)
    rules = _default_rules() if rules is None else rules
    if not isinstance(rules, RuleSet):
        msg = f"rules must be a polevents.rules.RuleSet; got {type(rules).__name__}."
        raise InvalidArticleError(msg)
    # Imported on first use, like the default rules: see `polevents._pipeline`.
    from polevents._pipeline import run  # noqa: PLC0415

    return run(article, rules)


def _default_rules() -> RuleSet:
    # Imported on first use, so that `import polevents` stays cheap.
    from polevents.defaults import RULES  # noqa: PLC0415

    return RULES


@attrs.frozen
class Extractor:
    """`extract` with its rules fixed: made once, called for each article, shared freely.

    Its per-rule-set caches are built when it is made, so the first article
    costs no more than the others. It holds no state, so one extractor may be
    shared by threads and pickled to worker processes.

    Examples:
        >>> import polevents
        >>> extractor = polevents.Extractor()
        >>> extractor("Cllr Jo Bloggs quit Labour.").departures[0].party.name
        'Labour'

    .. versionadded:: 0.1.0
    """

    rules: RuleSet = attrs.field(factory=_default_rules)

    @rules.validator
    def _is_rule_set(self, attribute: attrs.Attribute[RuleSet], value: object) -> None:
        if not isinstance(value, RuleSet):
            msg = f"rules must be a polevents.rules.RuleSet; got {type(value).__name__}."
            raise InvalidArticleError(msg)

    def __attrs_post_init__(self) -> None:
        extract("", rules=self.rules)

    def __call__(
        self, text_or_article: str | Article, *, published: dt.date | str | None = None
    ) -> Extraction:
        """Extract from one article with this extractor's rules; see `extract`."""
        return extract(text_or_article, published=published, rules=self.rules)


def _as_article(text_or_article: object, published: object) -> Article:
    if isinstance(text_or_article, Article):
        if published is not None:
            msg = "Give the publication date inside the Article, not as published=, when passing an Article."
            raise InvalidArticleError(msg)
        return text_or_article
    return Article(text=text_or_article, published=published)
