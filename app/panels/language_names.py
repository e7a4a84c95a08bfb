"""The languages Whisper hears, named: in their own words ("Deutsch") and in the window's language, the Speech panel's
list showing both ("français (Französisch)"); their English names are marked for pyside6-lupdate (context "Languages").
``packaging/update_translations.py`` fills their translations in from the Unicode CLDR."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

CONTEXT = "Languages"
ISO_CODES = {"jw": "jv"}  # Whisper's code for Javanese is not ISO's
LANGUAGE_NAMES = {
    "af": QT_TRANSLATE_NOOP("Languages", "Afrikaans"),
    "am": QT_TRANSLATE_NOOP("Languages", "Amharic"),
    "ar": QT_TRANSLATE_NOOP("Languages", "Arabic"),
    "as": QT_TRANSLATE_NOOP("Languages", "Assamese"),
    "az": QT_TRANSLATE_NOOP("Languages", "Azerbaijani"),
    "ba": QT_TRANSLATE_NOOP("Languages", "Bashkir"),
    "be": QT_TRANSLATE_NOOP("Languages", "Belarusian"),
    "bg": QT_TRANSLATE_NOOP("Languages", "Bulgarian"),
    "bn": QT_TRANSLATE_NOOP("Languages", "Bangla"),
    "bo": QT_TRANSLATE_NOOP("Languages", "Tibetan"),
    "br": QT_TRANSLATE_NOOP("Languages", "Breton"),
    "bs": QT_TRANSLATE_NOOP("Languages", "Bosnian"),
    "ca": QT_TRANSLATE_NOOP("Languages", "Catalan"),
    "cs": QT_TRANSLATE_NOOP("Languages", "Czech"),
    "cy": QT_TRANSLATE_NOOP("Languages", "Welsh"),
    "da": QT_TRANSLATE_NOOP("Languages", "Danish"),
    "de": QT_TRANSLATE_NOOP("Languages", "German"),
    "el": QT_TRANSLATE_NOOP("Languages", "Greek"),
    "en": QT_TRANSLATE_NOOP("Languages", "English"),
    "es": QT_TRANSLATE_NOOP("Languages", "Spanish"),
    "et": QT_TRANSLATE_NOOP("Languages", "Estonian"),
    "eu": QT_TRANSLATE_NOOP("Languages", "Basque"),
    "fa": QT_TRANSLATE_NOOP("Languages", "Persian"),
    "fi": QT_TRANSLATE_NOOP("Languages", "Finnish"),
    "fo": QT_TRANSLATE_NOOP("Languages", "Faroese"),
    "fr": QT_TRANSLATE_NOOP("Languages", "French"),
    "gl": QT_TRANSLATE_NOOP("Languages", "Galician"),
    "gu": QT_TRANSLATE_NOOP("Languages", "Gujarati"),
    "ha": QT_TRANSLATE_NOOP("Languages", "Hausa"),
    "haw": QT_TRANSLATE_NOOP("Languages", "Hawaiian"),
    "he": QT_TRANSLATE_NOOP("Languages", "Hebrew"),
    "hi": QT_TRANSLATE_NOOP("Languages", "Hindi"),
    "hr": QT_TRANSLATE_NOOP("Languages", "Croatian"),
    "ht": QT_TRANSLATE_NOOP("Languages", "Haitian Creole"),
    "hu": QT_TRANSLATE_NOOP("Languages", "Hungarian"),
    "hy": QT_TRANSLATE_NOOP("Languages", "Armenian"),
    "id": QT_TRANSLATE_NOOP("Languages", "Indonesian"),
    "is": QT_TRANSLATE_NOOP("Languages", "Icelandic"),
    "it": QT_TRANSLATE_NOOP("Languages", "Italian"),
    "ja": QT_TRANSLATE_NOOP("Languages", "Japanese"),
    "jw": QT_TRANSLATE_NOOP("Languages", "Javanese"),
    "ka": QT_TRANSLATE_NOOP("Languages", "Georgian"),
    "kk": QT_TRANSLATE_NOOP("Languages", "Kazakh"),
    "km": QT_TRANSLATE_NOOP("Languages", "Khmer"),
    "kn": QT_TRANSLATE_NOOP("Languages", "Kannada"),
    "ko": QT_TRANSLATE_NOOP("Languages", "Korean"),
    "la": QT_TRANSLATE_NOOP("Languages", "Latin"),
    "lb": QT_TRANSLATE_NOOP("Languages", "Luxembourgish"),
    "ln": QT_TRANSLATE_NOOP("Languages", "Lingala"),
    "lo": QT_TRANSLATE_NOOP("Languages", "Lao"),
    "lt": QT_TRANSLATE_NOOP("Languages", "Lithuanian"),
    "lv": QT_TRANSLATE_NOOP("Languages", "Latvian"),
    "mg": QT_TRANSLATE_NOOP("Languages", "Malagasy"),
    "mi": QT_TRANSLATE_NOOP("Languages", "Māori"),
    "mk": QT_TRANSLATE_NOOP("Languages", "Macedonian"),
    "ml": QT_TRANSLATE_NOOP("Languages", "Malayalam"),
    "mn": QT_TRANSLATE_NOOP("Languages", "Mongolian"),
    "mr": QT_TRANSLATE_NOOP("Languages", "Marathi"),
    "ms": QT_TRANSLATE_NOOP("Languages", "Malay"),
    "mt": QT_TRANSLATE_NOOP("Languages", "Maltese"),
    "my": QT_TRANSLATE_NOOP("Languages", "Burmese"),
    "ne": QT_TRANSLATE_NOOP("Languages", "Nepali"),
    "nl": QT_TRANSLATE_NOOP("Languages", "Dutch"),
    "nn": QT_TRANSLATE_NOOP("Languages", "Norwegian Nynorsk"),
    "no": QT_TRANSLATE_NOOP("Languages", "Norwegian"),
    "oc": QT_TRANSLATE_NOOP("Languages", "Occitan"),
    "pa": QT_TRANSLATE_NOOP("Languages", "Punjabi"),
    "pl": QT_TRANSLATE_NOOP("Languages", "Polish"),
    "ps": QT_TRANSLATE_NOOP("Languages", "Pashto"),
    "pt": QT_TRANSLATE_NOOP("Languages", "Portuguese"),
    "ro": QT_TRANSLATE_NOOP("Languages", "Romanian"),
    "ru": QT_TRANSLATE_NOOP("Languages", "Russian"),
    "sa": QT_TRANSLATE_NOOP("Languages", "Sanskrit"),
    "sd": QT_TRANSLATE_NOOP("Languages", "Sindhi"),
    "si": QT_TRANSLATE_NOOP("Languages", "Sinhala"),
    "sk": QT_TRANSLATE_NOOP("Languages", "Slovak"),
    "sl": QT_TRANSLATE_NOOP("Languages", "Slovenian"),
    "sn": QT_TRANSLATE_NOOP("Languages", "Shona"),
    "so": QT_TRANSLATE_NOOP("Languages", "Somali"),
    "sq": QT_TRANSLATE_NOOP("Languages", "Albanian"),
    "sr": QT_TRANSLATE_NOOP("Languages", "Serbian"),
    "su": QT_TRANSLATE_NOOP("Languages", "Sundanese"),
    "sv": QT_TRANSLATE_NOOP("Languages", "Swedish"),
    "sw": QT_TRANSLATE_NOOP("Languages", "Swahili"),
    "ta": QT_TRANSLATE_NOOP("Languages", "Tamil"),
    "te": QT_TRANSLATE_NOOP("Languages", "Telugu"),
    "tg": QT_TRANSLATE_NOOP("Languages", "Tajik"),
    "th": QT_TRANSLATE_NOOP("Languages", "Thai"),
    "tk": QT_TRANSLATE_NOOP("Languages", "Turkmen"),
    "tl": QT_TRANSLATE_NOOP("Languages", "Tagalog"),
    "tr": QT_TRANSLATE_NOOP("Languages", "Turkish"),
    "tt": QT_TRANSLATE_NOOP("Languages", "Tatar"),
    "uk": QT_TRANSLATE_NOOP("Languages", "Ukrainian"),
    "ur": QT_TRANSLATE_NOOP("Languages", "Urdu"),
    "uz": QT_TRANSLATE_NOOP("Languages", "Uzbek"),
    "vi": QT_TRANSLATE_NOOP("Languages", "Vietnamese"),
    "yi": QT_TRANSLATE_NOOP("Languages", "Yiddish"),
    "yo": QT_TRANSLATE_NOOP("Languages", "Yoruba"),
    "zh": QT_TRANSLATE_NOOP("Languages", "Chinese"),}


def name_in_window_language(code: str) -> str:
    """The language Whisper calls ``code`` in the window's language ("Französisch"), the code where it is not one."""
    english = LANGUAGE_NAMES.get(code)
    return QCoreApplication.translate(CONTEXT, english) if english else code


# Qt names these after one country's variant ("American English", "español de España"); Whisper hears the language.
NATIVE_NAMES = {"en": "English", "es": "español", "zh": "中文"}


def language_name(code: str) -> str:
    """The language in its own words ("Deutsch", "日本語"), the code where Qt does not know it."""
    if code in NATIVE_NAMES:
        return NATIVE_NAMES[code]
    locale = QLocale(ISO_CODES.get(code, code))
    return (locale.nativeLanguageName() or code) if locale.language() != QLocale.Language.C else code


def language_label(code: str) -> str:
    """'Deutsch (German)': the native name, and the one in the window's language where they differ ('français
    (Französisch)' in a German window)."""
    native = language_name(code)
    here = name_in_window_language(code)
    return native if here in (code, native) else f"{native} ({here})"
