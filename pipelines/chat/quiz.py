"""The booth's scripted questions with the key facts a good answer contains, and the check of an answer, in each of
the window's languages (``pipelines/chat/languages.py``).

``bench chat --quality [--language CODE|all]`` asks them all and counts the answers that contain their facts, so a
weak model shows as a number per language. A fact is a set of acceptable words or phrases (any one will do); an
answer is right when it contains every fact of its question. The match ignores case, accents and Arabic vowel marks,
width (full-width digits) and runs of spaces (``fold``), on both sides. Facts that read the same everywhere (84,
Paris, "neural processing unit") are accepted in every language beside the language's own words; the others only in
the question's language.

Which questions a model (in an engine) answers right is remembered per language in the data folder
(``quiz_results.json``): the attract loop asks only those, in the quiz's own way (greedy, a fresh conversation, the
same system prompt), so a booth never shows a wrong answer by itself, in whatever language it speaks.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pipelines.chat.languages import ENGLISH, normalize_language, quiz_system_prompt
from pipelines.chat.protocol import ChatEngine, EngineInfo, GenerationSettings, Message
from pipelines.chat.reply import ReplyDone, stream_reply
from pipelines.storage import user_folders
from pipelines.storage.atomic_file import write_atomically

RESULTS_FILE = "quiz_results.json"
QUIZ_SETTINGS = GenerationSettings(temperature=0.0, max_tokens=80, seed=0, fresh=True)

_MARKS = re.compile("[\u0300-\u036f\u064b-\u065f\u0670\u0640]")  # Latin accents; Arabic vowel marks and tatweel
_ARABIC_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "’": "'", "‘": "'"})


def fold(text: str) -> str:
    """``text`` as the check compares it: compatibility forms (full-width digits, no-break spaces), lower case, no
    accents, no Arabic vowel marks, one alef, single spaces."""
    text = unicodedata.normalize("NFD", unicodedata.normalize("NFKC", text).casefold())
    text = unicodedata.normalize("NFC", _MARKS.sub("", text)).translate(_ARABIC_LETTERS)
    return " ".join(text.split())


@dataclass(frozen=True)
class Question:
    text: str
    facts: tuple[tuple[str, ...], ...]

    def missing(self, answer: str) -> list[str]:
        """The facts ``answer`` lacks (each as 'a|b|c'); empty when it has them all."""
        folded = fold(answer)
        return ["|".join(options) for options in self.facts if not any(fold(option) in folded for option in options)]


# Facts every language accepts beside its own words.
EIGHTY_FOUR = ("84", "٨٤")
NPU = ("neural processing unit", "neural processor")
PARIS = ("paris",)

BOOTH_QUESTIONS: tuple[Question, ...] = (
    Question("What is 12 times 7?", (EIGHTY_FOUR,)),
    Question("What does NPU stand for?", (NPU,)),
    Question("What is the capital of France?", (PARIS,)),
    Question(
        "In one sentence, why does running AI on a laptop protect privacy?",
        (
            ("data", "information", "conversation"),
            (
                "never leave",
                "stays",
                "stay on",
                "local",
                "not sent",
                "doesn't leave",
                "does not leave",
                "no cloud",
                "without sending",
            ),
        ),
    ),
    Question(
        "Name two things a laptop camera can recognise.", (("face", "person", "people", "object", "gesture", "hand"),)
    ),
)

# The same five questions, in the same order, as a visitor would ask them in each language.
TRANSLATED_QUESTIONS: dict[str, tuple[Question, ...]] = {
    "de": (
        Question("Was ist 12 mal 7?", ((*EIGHTY_FOUR, "vierundachtzig"),)),
        Question(
            "Wofür steht die Abkürzung NPU?",
            ((*NPU, "neuronale verarbeitungseinheit", "neuronaler prozessor", "neuronale prozessoreinheit",
              "neuronale recheneinheit"),),
        ),
        Question("Was ist die Hauptstadt von Frankreich?", (PARIS,)),
        Question(
            "Warum schützt KI, die auf einem Laptop läuft, die Privatsphäre? Antworte in einem Satz.",
            (
                ("daten", "informationen", "gesprach", "unterhaltung"),
                ("verlassen", "verlasst", "bleib", "lokal", "nicht gesendet", "nicht ubertragen", "nicht hochgeladen",
                 "keine cloud", "ohne cloud", "nicht in die cloud", "ohne sie zu senden", "nicht ins internet"),
            ),
        ),
        Question(
            "Nenne zwei Dinge, die eine Laptop-Kamera erkennen kann.",
            (("gesicht", "person", "mensch", "leute", "objekt", "gegenstand", "geste", "hand", "hande"),),
        ),
    ),
    "fr": (
        Question("Combien font 12 fois 7 ?", ((*EIGHTY_FOUR, "quatre-vingt-quatre", "quatre vingt quatre"),)),
        Question(
            "Que signifie le sigle NPU ?",
            ((*NPU, "unite de traitement neuronal", "processeur neuronal", "processeur de reseau neuronal"),),
        ),
        Question("Quelle est la capitale de la France ?", (PARIS,)),
        Question(
            "En une phrase, pourquoi faire tourner l'IA sur un ordinateur portable protège-t-il la vie privée ?",
            (
                ("donnees", "informations", "conversation"),
                ("ne quittent", "quittent jamais", "ne quitte", "reste", "local", "pas envoye", "jamais envoye",
                 "aucun cloud", "sans cloud", "pas de cloud", "sans les envoyer", "sans envoyer", "sans etre envoye"),
            ),
        ),
        Question(
            "Cite deux choses qu'une caméra d'ordinateur portable peut reconnaître.",
            (("visage", "personne", "gens", "humain", "objet", "geste", "mains", "la main", "une main"),),
        ),
    ),
    "es": (
        Question("¿Cuánto es 12 por 7?", ((*EIGHTY_FOUR, "ochenta y cuatro"),)),
        Question(
            "¿Qué significa la sigla NPU?",
            ((*NPU, "unidad de procesamiento neuronal", "unidad de procesamiento neural", "procesador neuronal",
              "procesador neural"),),
        ),
        Question("¿Cuál es la capital de Francia?", (PARIS,)),
        Question(
            "En una frase, ¿por qué ejecutar la IA en un portátil protege la privacidad?",
            (
                ("datos", "informacion", "conversacion"),
                ("no salen", "nunca salen", "no sale", "permanece", "se quedan", "se queda", "local", "no se envian",
                 "no se envia", "sin nube", "ninguna nube", "sin enviar", "sin necesidad de enviar"),
            ),
        ),
        Question(
            "Nombra dos cosas que puede reconocer la cámara de un portátil.",
            (("rostro", "caras", "la cara", "una cara", "persona", "gente", "humano", "objeto", "gesto", "manos",
              "la mano", "una mano"),),
        ),
    ),
    "it": (
        Question("Quanto fa 12 per 7?", ((*EIGHTY_FOUR, "ottantaquattro"),)),
        Question(
            "Che cosa significa la sigla NPU?",
            ((*NPU, "unita di elaborazione neurale", "unita di elaborazione neuronale", "processore neurale",
              "processore neuronale"),),
        ),
        Question("Qual è la capitale della Francia?", ((*PARIS, "parigi"),)),
        Question(
            "In una frase, perché eseguire l'IA su un portatile protegge la privacy?",
            (
                ("dati", "informazioni", "conversazion"),
                ("non lasciano", "non escono", "non esce", "restano", "resta", "rimangono", "rimane", "local",
                 "non vengono inviat", "non viene inviat", "nessun cloud", "senza cloud", "senza inviar"),
            ),
        ),
        Question(
            "Indica due cose che la fotocamera di un portatile può riconoscere.",
            (("volto", "volti", "il viso", "i visi", "facce", "persona", "persone", "gente", "umani", "oggett",
              "gesto", "gesti", "mani", "la mano"),),
        ),
    ),
    "zh": (
        Question("12乘以7等于多少？", ((*EIGHTY_FOUR, "八十四"),)),
        Question(
            "NPU是什么的缩写？",
            ((*NPU, "神经网络处理", "神经处理", "神经元处理", "神經網絡處理", "神經網路處理", "神經處理"),),
        ),
        Question("法国的首都是哪里？", ((*PARIS, "巴黎"),)),
        Question(
            "用一句话说明：为什么在笔记本电脑上运行人工智能可以保护隐私？",
            (
                ("数据", "信息", "资料", "对话", "數據", "資料", "資訊", "對話"),
                ("本地", "不会离开", "不离开", "不会被上传", "不会上传", "不上传", "无需上传", "不需要上传", "不用上传",
                 "不发送", "不会发送", "不会被发送", "不必发送", "无需联网", "不需要联网", "无需云", "不需要云",
                 "不经过云", "留在"),
            ),
        ),
        Question(
            "说出笔记本电脑摄像头能识别的两样东西。",
            (("人脸", "脸", "面孔", "面部", "人物", "人体", "行人", "物体", "物品", "手势", "手部", "手掌", "表情"),),
        ),
    ),
    "ja": (
        Question("12かける7はいくつですか？", ((*EIGHTY_FOUR, "八十四"),)),
        Question(
            "NPUは何の略ですか？",
            ((*NPU, "ニューラルプロセッシングユニット", "ニューラル・プロセッシング・ユニット", "ニューラル処理",
              "ニューラルネットワーク処理", "神経処理", "ニューラルプロセッサ"),),
        ),
        Question("フランスの首都はどこですか？", ((*PARIS, "パリ", "巴里"),)),
        Question(
            "ノートパソコンでAIを動かすと、なぜプライバシーが守られるのですか？一文で答えてください。",
            (
                ("データ", "情報", "会話"),
                ("ローカル", "送信されない", "送信しない", "送信せず", "送られない", "送らない", "外に出ない",
                 "外部に出ない", "出ていかない", "離れない", "残る", "とどまる", "留まる", "クラウドを使わ",
                 "クラウドに送らない", "端末内", "パソコン内", "デバイス内", "手元"),
            ),
        ),
        Question(
            "ノートパソコンのカメラが認識できるものを二つ挙げてください。",
            (("顔", "人物", "人間", "人の姿", "人体", "物体", "オブジェクト", "ジェスチャー", "身振り", "手振り",
              "手ぶり", "手の動き", "手のひら", "表情"),),
        ),
    ),
    "ko": (
        Question("12 곱하기 7은 얼마인가요?", ((*EIGHTY_FOUR, "팔십사", "여든넷"),)),
        Question(
            "NPU는 무엇의 약자인가요?",
            ((*NPU, "신경망 처리", "신경 처리", "신경망처리", "뉴럴 프로세싱 유닛", "뉴럴 프로세서"),),
        ),
        Question("프랑스의 수도는 어디인가요?", ((*PARIS, "파리"),)),
        Question(
            "한 문장으로, 노트북에서 AI를 실행하면 왜 개인정보가 보호되나요?",
            (
                ("데이터", "정보", "대화"),
                ("로컬", "전송되지 않", "전송하지 않", "보내지 않", "보내지지 않", "나가지 않", "떠나지 않",
                 "유출되지 않", "남아", "머물", "클라우드 없이", "클라우드를 사용하지 않", "클라우드를 거치지 않",
                 "기기 안", "기기 내", "노트북 안", "노트북 내"),
            ),
        ),
        Question(
            "노트북 카메라가 인식할 수 있는 것 두 가지를 말해 보세요.",
            (("얼굴", "사람", "인물", "물체", "사물", "객체", "제스처", "몸짓", "손동작", "손짓", "손가락", "손을",
              "표정"),),
        ),
    ),
    "ar": (
        Question("كم يساوي 12 ضرب 7؟", ((*EIGHTY_FOUR, "اربعة وثمانون", "اربعة وثمانين", "اربع وثمانون"),)),
        Question(
            "ما معنى اختصار NPU؟",
            ((*NPU, "وحدة المعالجة العصبية", "وحدة معالجة عصبية", "المعالجة العصبية", "معالج عصبي",
              "المعالج العصبي"),),
        ),
        Question("ما هي عاصمة فرنسا؟", ((*PARIS, "باريس"),)),
        Question(
            "في جملة واحدة، لماذا يحمي تشغيل الذكاء الاصطناعي على الحاسوب المحمول الخصوصية؟",
            (
                ("بيانات", "معلومات", "المحادث", "محادث"),
                ("محلي", "لا تغادر", "لا يغادر", "تبقى", "يبقى", "تظل", "لا ترسل", "لا يرسل", "لا يتم ارسال",
                 "دون ارسال", "بدون ارسال", "دون الحاجة الى ارسال", "بدون سحاب", "دون سحاب", "دون الانترنت",
                 "بدون الانترنت", "دون الاتصال", "بدون اتصال"),
            ),
        ),
        Question(
            "اذكر شيئين يمكن لكاميرا الحاسوب المحمول التعرف عليهما.",
            (("وجه", "وجوه", "شخص", "اشخاص", "الناس", "انسان", "اجسام", "جسم", "كائن", "اشياء مادية", "ايماء",
              "اشارات اليد", "اليد", "اليدين", "الايدي", "تعابير"),),
        ),
    ),
}
QUESTIONS_BY_LANGUAGE: dict[str, tuple[Question, ...]] = {ENGLISH: BOOTH_QUESTIONS, **TRANSLATED_QUESTIONS}


def booth_questions(language: str = ENGLISH) -> tuple[Question, ...]:
    """The booth's questions in ``language`` (any tag ``normalize_language`` takes: 'de_DE', 'zh_CN'), in the same
    order in every language."""
    return QUESTIONS_BY_LANGUAGE[normalize_language(language)]


def question_language(text: str) -> str | None:
    """The language whose booth question ``text`` is; None for a question of the operator's own."""
    return next((code for code, questions in QUESTIONS_BY_LANGUAGE.items() if any(q.text == text for q in questions)),
                None)


@dataclass(frozen=True)
class QuizAnswer:
    question: str
    answer: str
    missing: tuple[str, ...]
    language: str = ENGLISH

    @property
    def correct(self) -> bool:
        return not self.missing


@dataclass(frozen=True)
class QuizSoFar:
    """The quiz's answers so far: each item a live loop yields holds them all (a UI keeps only the newest item)."""

    answers: tuple[QuizAnswer, ...]

    @property
    def done(self) -> bool:
        return len(self.answers) == len(BOOTH_QUESTIONS)  # the same number in every language

    def right(self) -> list[str]:
        return [answer.question for answer in self.answers if answer.correct]


def quiz_progress(engine: ChatEngine, should_stop: Callable[[], bool], language: str) -> Iterator[QuizSoFar]:
    """``run_quiz`` as a live loop: the answers so far after each question; the right ones remembered for ``engine``'s
    model (``remember_answers``) once all are in."""
    so_far = QuizSoFar(())
    for answer in run_quiz(engine, should_stop, language):
        so_far = QuizSoFar((*so_far.answers, answer))
        if so_far.done:
            remember_answers(engine.info, list(so_far.answers))
        yield so_far


def quiz_messages(question: str, language: str | None = None) -> list[Message]:
    """A question as the quiz (and the attract loop) asks it: in a conversation of its own, with the quiz's prompt in
    ``language`` (default: the language of the booth question ``question`` is, English for any other)."""
    language = language or question_language(question) or ENGLISH
    return [Message("system", quiz_system_prompt(language)), Message("user", question)]


def run_quiz(
    engine: ChatEngine, should_stop: Callable[[], bool] = lambda: False, language: str = ENGLISH
) -> Iterator[QuizAnswer]:
    """Ask every booth question in ``language`` greedily from a fresh context and check each answer for its facts."""
    language = normalize_language(language)
    for question in QUESTIONS_BY_LANGUAGE[language]:
        if should_stop():
            return
        events = stream_reply(engine, quiz_messages(question.text, language), QUIZ_SETTINGS, should_stop)
        text = [event for event in events if isinstance(event, ReplyDone)][0].text.strip()
        yield QuizAnswer(question.text, text, tuple(question.missing(text)), language)


def model_key(info: EngineInfo) -> str:
    """Answers differ between engines (their quantisations do): one entry per engine and model."""
    return f"{info.engine}:{info.model_name}"


def results_path() -> Path:
    return user_folders.data_folder() / RESULTS_FILE


def _stored() -> dict:
    try:
        stored = json.loads(results_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return stored if isinstance(stored, dict) else {}


def _per_language(entry: object) -> dict[str, list]:
    """A model's entry as {language: right questions}; a file written before languages held the English list."""
    if isinstance(entry, list):
        return {ENGLISH: entry}
    if isinstance(entry, dict):
        return {str(code): questions for code, questions in entry.items() if isinstance(questions, list)}
    return {}


def remembered_right_answers(info: EngineInfo, language: str = ENGLISH) -> list[str] | None:
    """The booth questions in ``language`` this model answers right, as remembered; None when it was never quizzed
    here in that language."""
    entry = _per_language(_stored().get(model_key(info))).get(normalize_language(language))
    return [str(question) for question in entry] if entry is not None else None


def remember_answers(info: EngineInfo, answers: list[QuizAnswer], language: str | None = None) -> None:
    """Remember which of ``answers`` were right, under their language (``language`` where none was answered)."""
    languages = {answer.language for answer in answers} or {normalize_language(language or ENGLISH)}
    if len(languages) != 1 or (language is not None and languages != {normalize_language(language)}):
        raise ValueError(f"quiz answers in more than one language: {sorted(languages)}")
    stored = _stored()
    entry = _per_language(stored.get(model_key(info)))
    entry[languages.pop()] = [answer.question for answer in answers if answer.correct]
    stored[model_key(info)] = entry
    write_atomically(results_path(), json.dumps(stored, indent=2, sort_keys=True, ensure_ascii=False))
