"""The pipelines' phrases: English text for the CLI and logs, template and values for the window's translation."""

import pickle

from pipelines.chat.speed import tokens_per_s
from pipelines.errors import SourceError
from pipelines.phrases import Figure, Phrase
from pipelines.runtime.engine_support import NOT_INSTALLED


def test_a_phrase_is_its_english_text_and_keeps_its_template():
    phrase = Phrase(NOT_INSTALLED, package="vosk")
    assert phrase == "vosk is not installed" and isinstance(phrase, str)
    assert phrase.template == "{package} is not installed" and phrase.values == {"package": "vosk"}


def test_a_phrase_crosses_processes_whole_even_with_braces_in_its_values():
    """An engine's child process sends its errors pickled: the window still translates them."""
    problem = Phrase(NOT_INSTALLED, package="{x}")
    error = SourceError(Phrase("{problem}: showing the demo video instead", problem=problem))
    message = pickle.loads(pickle.dumps(error)).message
    assert message == "{x} is not installed: showing the demo video instead"
    assert message.template == "{problem}: showing the demo video instead"
    assert message.values["problem"].template == NOT_INSTALLED


def test_a_figure_is_written_with_its_decimals_and_crosses_processes_with_them():
    rtf = Phrase("RTF {rtf}", rtf=Figure(1 / 3, 2))
    assert rtf == "RTF 0.33" and tokens_per_s(107.6) == "108 tokens/s" and tokens_per_s(0.4) == "<1 tokens/s"
    figure = pickle.loads(pickle.dumps(rtf)).values["rtf"]
    assert isinstance(figure, Figure) and figure.decimals == 2 and f"{figure:.3f}" == "0.333"
