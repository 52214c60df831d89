"""Which of the six ITU languages a text is in, or "other": py3langid, not a guess.

py3langid (BSD-3-Clause; its naive-Bayes model of 140 languages ships inside the wheel)
is asked for its ranking over every language it knows, and the answer is kept only when
its first choice is one of the six (or a variety written the same way: Cantonese and Wu
Chinese, Egyptian and Moroccan Arabic, Nigerian Pidgin English). Restricting the model to
the six with `set_languages` alone forces a guess: measured on one sentence each, it calls
Hebrew French, German English, Portuguese Spanish, Ukrainian and Bulgarian Russian,
Persian Arabic and Japanese Chinese, all with high confidence. A text in any of those
is "other", so the language filter never shows a wrong label.

The model takes about two seconds to load, so it is loaded once, on first use, and only
when a document does not declare its language (a symbol suffix, a Markdown front matter).
"""

from __future__ import annotations

import threading
from typing import Any

ITU_LANGUAGES: tuple[str, ...] = ("ar", "en", "es", "fr", "ru", "zh")
OTHER = "other"
MIN_LETTERS = 8  # below this, nothing tells: the language stays unknown (None)
SAMPLE_CHARS = 6_000
# Varieties the model tells apart but an ITU reader files under one of the six.
_VARIETIES = {"yue": "zh", "wuu": "zh", "arz": "ar", "ary": "ar", "pcm": "en"}

_LOCK = threading.Lock()
_IDENTIFIER: Any = None


def _identifier() -> Any:
    global _IDENTIFIER
    with _LOCK:
        if _IDENTIFIER is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            _IDENTIFIER = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        return _IDENTIFIER


def identify_language(text: str) -> str | None:
    """One of ar/en/es/fr/ru/zh, "other" for any other language, None when `text` holds
    too few letters to tell."""
    sample = text[:SAMPLE_CHARS]
    if sum(1 for ch in sample if ch.isalpha()) < MIN_LETTERS:
        return None
    identifier = _identifier()
    with _LOCK:  # the identifier keeps no state per call, but numpy scratch is shared
        ranked = identifier.rank(sample)
    best = ranked[0][0]
    best = _VARIETIES.get(best, best)
    return best if best in ITU_LANGUAGES else OTHER
