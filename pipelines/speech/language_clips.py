"""Spoken clips in other languages, made on this machine: espeak-ng (Debian's, what the tests use) and, where they are
installed, Debian's Festival voices, clearer than espeak-ng (``apt-get install festival festvox-ru ...``), MBROLA's
diphone voices read by espeak-ng (German, French, Italian: Debian's contrib and non-free, ``apt-get install mbrola
mbrola-de6 mbrola-fr1 mbrola-it3``) and Kokoro's neural voice for Chinese and Japanese (the ``voices`` extra,
``kokoro_voice.py``), which espeak-ng cannot read.

Each sentence comes with its text and the English words a translation must keep ("a|b": either). Known from the
issue and measured again by ``bench speech --languages``: espeak-ng is good enough for Whisper base in German, Spanish
and Italian, poor in French and Portuguese, useless in Chinese, Japanese and Korean.
"""

from __future__ import annotations

import shutil
import subprocess
import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from pipelines.errors import ShowcaseError
from pipelines.speech import kokoro_voice
from pipelines.speech.audio import SAMPLE_RATE
from pipelines.speech.sources import decode_audio_file

LEAD_S, TAIL_S = 0.5, 1.5  # silence around the speech: the live path hears its start and its end


@dataclass(frozen=True)
class Sentence:
    text: str
    keywords: tuple[str, ...]  # English words its translation should hold; "a|b" is either


@dataclass(frozen=True)
class Voice:
    program: str  # "espeak-ng", "festival" or "kokoro"
    name: str  # espeak-ng's voice, Festival's voice function, or Kokoro's language
    encoding: str = "utf-8"  # of the text Festival reads
    words_per_minute: int | None = None  # espeak-ng's speed (its default: 175)


@dataclass(frozen=True)
class Clip:
    language: str
    sentence: Sentence
    path: Path
    voice: str
    seconds: float  # of speech, without the silence around it


SENTENCES: dict[str, tuple[Sentence, ...]] = {  # two short ones, then two of 5 s or more (the detection budget's)
    "de": (Sentence("Guten Morgen, heute ist das Wetter in Berlin sehr schön.", ("morning", "weather", "Berlin")),
           Sentence("Wir fahren morgen mit dem Zug nach München zu meiner Schwester.",
                    ("tomorrow", "train", "Munich|München", "sister")),
           Sentence("Am Wochenende besuchen wir unsere Großeltern, die in einem kleinen, ruhigen Dorf direkt am See "
                    "wohnen.",
                    ("weekend", "grandparents", "village", "lake")),
           Sentence("Der neue Laptop erkennt Gesichter und Sprache, ohne dass die Daten jemals das Gerät verlassen.",
                    ("laptop", "faces", "language|speech", "data"))),
    "es": (Sentence("Buenos días, hoy hace muy buen tiempo en Madrid.", ("morning|day", "weather", "Madrid")),
           Sentence("Mañana vamos a la playa con mis amigos.", ("tomorrow", "beach", "friends")),
           Sentence("El fin de semana visitamos a nuestros abuelos, que viven en un pequeño pueblo junto al lago.",
                    ("weekend", "grandparents", "village|town", "lake")),
           Sentence("El nuevo portátil reconoce caras y voces sin que los datos salgan nunca del ordenador.",
                    ("laptop", "faces", "voices", "data"))),
    "it": (Sentence("Buongiorno, oggi il tempo è molto bello a Roma.", ("morning", "weather", "Rome|Roma")),
           Sentence("Domani andiamo al mercato a comprare frutta e verdura.", ("tomorrow", "market", "fruit")),
           Sentence("Nel fine settimana andiamo a trovare i nonni, che vivono in un piccolo paese tranquillo sul lago.",
                    ("weekend", "grandparents", "village|town", "lake")),
           Sentence("Il nuovo portatile riconosce volti e voci, senza che i dati lascino mai il computer.",
                    ("laptop", "faces", "voices", "data"))),
    "fr": (Sentence("Bonjour, aujourd'hui il fait très beau à Paris.", ("hello|morning", "today", "Paris")),
           Sentence("Demain nous allons à la plage avec nos amis.", ("tomorrow", "beach", "friends")),
           Sentence("Ce week-end, nous rendons visite à nos grands-parents, qui habitent un petit village tranquille "
                    "tout au bord du lac.", ("weekend", "grandparents", "village", "lake")),
           Sentence("Le nouvel ordinateur portable reconnaît les visages et les voix, sans que les données ne "
                    "quittent jamais l'appareil.", ("laptop|computer", "faces", "voices", "data"))),
    "pt": (Sentence("Bom dia, hoje o tempo está muito bonito em Lisboa.", ("morning|day", "weather", "Lisbon|Lisboa")),
           Sentence("Amanhã vamos à praia com os nossos amigos.", ("tomorrow", "beach", "friends")),
           Sentence("No fim de semana visitamos os nossos avós, que moram numa pequena aldeia perto do lago.",
                    ("weekend", "grandparents", "village", "lake")),
           Sentence("O novo computador portátil reconhece rostos e vozes sem que os dados saiam do aparelho.",
                    ("laptop|computer", "faces", "voices", "data"))),
    "ru": (Sentence("Добрый день, сегодня в Москве хорошая погода.", ("today", "Moscow", "weather")),
           Sentence("Завтра мы едем на поезде к моей сестре.", ("tomorrow", "train", "sister")),
           Sentence("В выходные мы навещаем бабушку и дедушку, которые живут в маленькой деревне у озера.",
                    ("weekend", "grandmother|grandparents", "village", "lake")),
           Sentence("Новый ноутбук узнаёт лица и голоса, и данные не покидают компьютер.",
                    ("laptop", "faces", "voices", "data"))),
    "fi": (Sentence("Hyvää huomenta, tänään sää on kaunis Helsingissä.", ("morning", "weather", "Helsinki")),
           Sentence("Huomenna menemme junalla mummon luokse.", ("tomorrow", "train", "grandma|grandmother")),
           Sentence("Viikonloppuna käymme isovanhempien luona, jotka asuvat pienessä kylässä järven rannalla.",
                    ("weekend", "grandparents", "village", "lake")),
           Sentence("Uusi kannettava tietokone tunnistaa kasvot ja äänet, eikä tieto lähde laitteesta.",
                    ("laptop|computer", "faces", "voices", "data|information"))),
    "cs": (Sentence("Dobrý den, dnes je v Praze krásné počasí.", ("today", "Prague", "weather")),
           Sentence("Zítra jedeme vlakem k mé sestře.", ("tomorrow", "train", "sister")),
           Sentence("O víkendu navštívíme prarodiče, kteří bydlí v malé vesnici u jezera.",
                    ("weekend", "grandparents", "village", "lake")),
           Sentence("Nový notebook rozpozná tváře a hlasy, aniž by data opustila počítač.",
                    ("laptop|notebook", "faces", "voices", "data"))),
    "ca": (Sentence("Bon dia, avui fa molt bon temps a Barcelona.", ("morning|day", "weather", "Barcelona")),
           Sentence("Demà anem a la platja amb els nostres amics.", ("tomorrow", "beach", "friends")),
           Sentence("El cap de setmana visitem els avis, que viuen en un poble petit a prop del llac.",
                    ("weekend", "grandparents", "village|town", "lake")),
           Sentence("El nou ordinador portàtil reconeix cares i veus sense que les dades surtin de l'aparell.",
                    ("laptop|computer", "faces", "voices", "data"))),
    "zh": (Sentence("早上好，今天北京的天气很好。", ("morning", "weather", "Beijing")),
           Sentence("明天我们坐火车去上海。", ("tomorrow", "train", "Shanghai")),
           Sentence("这个周末我们去看望住在湖边一个小村子里的爷爷奶奶。",
                    ("weekend", "grandparents|grandpa", "village", "lake")),
           Sentence("新的笔记本电脑可以识别人脸和声音，而且数据不会离开这台电脑。",
                    ("laptop|computer", "face", "voice|sound", "data"))),
    "ja": (Sentence("おはようございます、今日は東京の天気がとてもいいです。", ("morning", "weather", "Tokyo")),
           Sentence("明日は電車で大阪に行きます。", ("tomorrow", "train", "Osaka")),
           Sentence("週末は、湖のそばの小さな村に住んでいる祖父母に会いに行きます。",
                    ("weekend", "grandparents", "village", "lake")),
           Sentence("新しいノートパソコンは、データを外に出さずに顔と声を認識します。",
                    ("laptop|computer", "face", "voice", "data"))),
    "ko": (Sentence("좋은 아침입니다, 오늘 서울 날씨가 아주 좋습니다.", ("morning", "weather", "Seoul")),
           Sentence("내일 우리는 기차를 타고 부산에 갑니다.", ("tomorrow", "train", "Busan")),
           Sentence("주말에는 호숫가 작은 마을에 사시는 할머니와 할아버지를 뵈러 갑니다.",
                    ("weekend", "grandmother|grandparents", "village", "lake")),
           Sentence("새 노트북은 데이터를 밖으로 보내지 않고 얼굴과 목소리를 인식합니다.",
                    ("laptop|notebook", "face", "voice", "data"))),
}
ESPEAK_VOICES = {code: Voice("espeak-ng", "cmn" if code == "zh" else code) for code in SENTENCES}
FESTIVAL_VOICES = {  # Debian's festvox packages: festvox-ru, festvox-suopuhe-lj, festvox-czech-ph, festvox-ca-ona-hts
    "ru": Voice("festival", "voice_msu_ru_nsh_clunits"),
    "fi": Voice("festival", "voice_suo_fi_lj_diphone", "latin-1"),
    "cs": Voice("festival", "voice_czech_ph", "iso-8859-2"),
    "ca": Voice("festival", "voice_upc_ca_ona_hts", "latin-1"),
}
FESTIVAL_FOLDERS = {"ru": "russian/msu_ru_nsh_clunits", "fi": "finnish/suo_fi_lj_diphone", "cs": "czech/czech_ph",
                    "ca": "catalan/upc_ca_ona_hts"}
FESTIVAL_VOICES_DIR = Path("/usr/share/festival/voices")
# MBROLA's voices Whisper base hears best (each of the four sentences detected at 0.88-1.00 on this Xeon; its
# Portuguese pt1 and br1-br3 and Spanish es1 were heard as Polish, Bosnian or Tagalog, worse than espeak-ng's own),
# at a visitor's pace: at espeak-ng's 175 words a minute the long French and Italian sentences took 4.2-4.9 s.
MBROLA_VOICES = {"de": "de6", "fr": "fr1", "it": "it3"}
MBROLA_WORDS_PER_MINUTE = 140
MBROLA_DIR = Path("/usr/share/mbrola")


def voice_for(language: str) -> Voice:
    """Kokoro's, Festival's or MBROLA's voice where it is installed (clearer), else espeak-ng's."""
    if kokoro_voice.available(language):
        return Voice("kokoro", language)
    festival = FESTIVAL_VOICES.get(language)
    if festival and shutil.which("text2wave") and (FESTIVAL_VOICES_DIR / FESTIVAL_FOLDERS[language]).is_dir():
        return festival
    mbrola = MBROLA_VOICES.get(language)
    if mbrola and shutil.which("mbrola") and (MBROLA_DIR / mbrola).is_dir():
        return Voice("espeak-ng", f"mb-{mbrola}", words_per_minute=MBROLA_WORDS_PER_MINUTE)
    return ESPEAK_VOICES[language]


def speak(text: str, voice: Voice, path: Path) -> Path:
    """``text`` spoken into ``path`` (16 kHz mono WAV with silence before and after)."""
    raw = path.with_suffix(".raw.wav")
    if voice.program == "kokoro":
        kokoro_voice.speak(text, voice.name, raw)
    elif shutil.which("espeak-ng" if voice.program == "espeak-ng" else "text2wave") is None:
        raise ShowcaseError(f"{voice.program} is not installed", "apt-get install espeak-ng (or festival)")
    elif voice.program == "espeak-ng":
        speed = ["-s", str(voice.words_per_minute)] if voice.words_per_minute else []
        subprocess.run(["espeak-ng", "-v", voice.name, *speed, "-w", str(raw), text], check=True, capture_output=True)
    else:
        script = path.with_suffix(".txt")
        script.write_bytes(text.encode(voice.encoding))
        subprocess.run(["text2wave", "-eval", f"({voice.name})", str(script), "-o", str(raw)], check=True,
                       capture_output=True)
    speech = decode_audio_file(raw)
    silence = np.zeros(int(LEAD_S * SAMPLE_RATE), np.int16), np.zeros(int(TAIL_S * SAMPLE_RATE), np.int16)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(np.concatenate([silence[0], speech, silence[1]]).astype(np.int16).tobytes())
    return path


def make_clips(folder: Path, languages: tuple[str, ...] = tuple(SENTENCES)) -> list[Clip]:
    """Every sentence of ``languages`` spoken into ``folder``, each by its language's clearest voice here."""
    clips = []
    for language in languages:
        voice = voice_for(language)
        for index, sentence in enumerate(SENTENCES[language]):
            path = speak(sentence.text, voice, folder / f"{language}-{index}.wav")
            with wave.open(str(path)) as written:  # its header: the clip was just decoded and written
                seconds = written.getnframes() / SAMPLE_RATE - LEAD_S - TAIL_S
            clips.append(Clip(language, sentence, path, f"{voice.program} {voice.name}", seconds))
    return clips


def keywords_kept(sentence: Sentence, translation: str) -> float:
    """The share of the sentence's English keywords the translation holds (any spelling of "a|b")."""
    said = translation.lower()
    kept = [any(option.lower() in said for option in keyword.split("|")) for keyword in sentence.keywords]
    return sum(kept) / len(kept)
