"""The booth's questions in every language of the window: each language has each question, the check accepts the
answers a good model gives in that language (and refuses wrong ones), and the questions a model answers right are
remembered per language."""

import json

import pytest

from pipelines.chat.languages import LANGUAGES, UnknownLanguage, quiz_system_prompt
from pipelines.chat.loading import GENAI
from pipelines.chat.protocol import EngineInfo
from pipelines.chat.quiz import (
    BOOTH_QUESTIONS,
    QuizAnswer,
    booth_questions,
    fold,
    question_language,
    quiz_messages,
    remember_answers,
    remembered_right_answers,
    results_path,
    run_quiz,
)

# Answers a good model gives, one per question, in the questions' order.
GOOD_ANSWERS = {
    "en": ["12 times 7 is 84.", "NPU stands for Neural Processing Unit.", "The capital of France is Paris.",
           "Because your data never leaves the laptop.", "Faces and hand gestures."],
    "de": ["12 mal 7 ist 84.", "NPU steht für Neural Processing Unit, eine neuronale Verarbeitungseinheit.",
           "Die Hauptstadt von Frankreich ist Paris.", "Weil die Daten den Laptop nie verlassen.",
           "Gesichter und Hände."],
    "fr": ["12 fois 7 font 84.", "NPU signifie « unité de traitement neuronal ».",
           "La capitale de la France est Paris.", "Parce que les données restent sur l'ordinateur.",
           "Des visages et des objets."],
    "es": ["12 por 7 es 84.", "NPU significa unidad de procesamiento neuronal.", "La capital de Francia es París.",
           "Porque los datos nunca salen del portátil.", "Rostros y objetos."],
    "it": ["12 per 7 fa 84.", "NPU significa unità di elaborazione neurale.", "La capitale della Francia è Parigi.",
           "Perché i dati restano sul computer e non vengono inviati al cloud.", "Volti e oggetti."],
    "zh": ["12乘以7等于84。", "NPU是神经网络处理器（Neural Processing Unit）的缩写。", "法国的首都是巴黎。",
           "因为数据在本地处理，不会上传到云端。", "人脸和手势。"],
    "ja": ["12かける7は８４です。", "NPUはニューラル・プロセッシング・ユニットの略です。", "フランスの首都はパリです。",
           "データがパソコンの外に出ないからです。", "顔とジェスチャーです。"],
    "ko": ["12 곱하기 7은 84입니다.", "NPU는 신경망 처리 장치(Neural Processing Unit)의 약자입니다.",
           "프랑스의 수도는 파리입니다.", "데이터가 노트북 밖으로 전송되지 않기 때문입니다.", "얼굴과 물체입니다."],
    "ar": ["12 ضرب 7 يساوي ٨٤.", "NPU اختصار لـ وحدة المعالجة العصبية.", "عاصمة فرنسا هي باريس.",
           "لأن البيانات تبقى على الجهاز ولا تُرسل إلى الإنترنت.", "الوجوه والأشخاص."],
}
# Wrong answers, as SmolLM2-135M gave some of them: none may pass.
WRONG_ANSWERS = {
    "en": ["12 times 7 equals 72.", "Nominet for the United Nations.", "The capital of France is Lyon.",
           "Running AI on a laptop protects privacy by providing a secure platform for data analysis.",
           "A laptop camera and a smartphone camera."],
    "de": ["12 mal 7 in der 12 mal 7", "Theft of a deed.", "Die Hauptstadt ist Berlin.",
           "Wir können können können.", "Denne zwei Dinge, die eine Laptop-Kamera erkennen kann."],
    "fr": ["Il y a 7 mois 12 à 12 mois.", "Nombre de la que desbezante.", "La capitale de la France est la monnaie.",
           "Il y a la question de faire tourner l'IA sur un ordinateur portable.", "La bonne carrière."],
    "es": ["12 por 7. 12. 13. 14.", "El número 11 puede ser el número 12 público.",
           "La capital de Francia es la Repúnadera del Brasil.", "La IA en un portátil protegada.",
           "Nombra de un portátil."],
    "it": ["Quando 12 per 7, e acessando a 12 a 7", "Il nome pare il cambre la sigla NPU.",
           "La capitale della Francia è una società di una ittorta.", "In una frase, perché l'IA protegge la privacy.",
           "Il porto di un puesto di una cosa."],
    "zh": ["12乘7表示120", "NPU是什么！！！", "法国在2013年12月13日", "在笔记本电脑上运行人工智能可以保持隐私！",
           "说说笔记本电脑头上的东西"],
    "ja": ["12かける7はいくつですか？", "Nuku: にどこですか？", "フランスの首都はどこですか？",
           "ノートパソコンでスコアスコア", "ノートパソコンのカメラは誰にスコイトでやる"],
    "ko": ["12 곱하기 7은 어와자로", "Nuptine 유용한 도우미입니니를", "프랑스밑육바해운가? 어따?",
           "1. 노트북에서 신어로 적화를 위해", "노트북 카메라가 이미를 찾아"],
    "ar": ["12 تغير العربية بين الأنت مساعد العربية.", "ما معنى اختصار نوبيع بالأخطار.",
           "ما هيعشيش العربية بشيعشيش", "أنت مساعد الحجم الذكية، ليسفر الذكية", "اذكر شيئين الحاسوب المحمول التعرف"],
}
INFO = EngineInfo(GENAI, "CPU", "SmolLM2-135M-Instruct for onnxruntime-genai (INT4, CPU)", 8192)


def test_every_language_has_every_booth_question_with_its_facts():
    assert set(GOOD_ANSWERS) == set(LANGUAGES)
    for code in LANGUAGES:
        questions = booth_questions(code)
        assert len(questions) == len(BOOTH_QUESTIONS)
        assert all(q.text.strip() and q.facts and all(options for options in q.facts) for q in questions)
        assert code == "en" or not {q.text for q in questions} & {q.text for q in BOOTH_QUESTIONS}  # translated
        assert all(question_language(q.text) == code for q in questions)
    assert booth_questions() == BOOTH_QUESTIONS and booth_questions("zh_CN") == booth_questions("zh")
    with pytest.raises(UnknownLanguage):
        booth_questions("pt")


@pytest.mark.parametrize("code", list(GOOD_ANSWERS))
def test_the_check_accepts_good_answers_in_the_language_and_refuses_wrong_ones(code):
    for question, good, wrong in zip(booth_questions(code), GOOD_ANSWERS[code], WRONG_ANSWERS[code], strict=True):
        assert question.missing(good) == [], (question.text, good)
        assert question.missing(wrong), (question.text, wrong)


def test_paris_is_right_in_every_language_and_in_each_one_s_own_script():
    capital = {code: booth_questions(code)[2] for code in LANGUAGES}
    assert all(question.missing("Paris.") == [] for question in capital.values())
    own = {"it": "Parigi", "zh": "巴黎", "ja": "パリ", "ko": "파리", "ar": "باريس"}
    assert all(capital[code].missing(name) == [] for code, name in own.items())
    assert capital["ja"].missing("東京です。") and capital["de"].missing("Die Hauptstadt ist Berlin.")


def test_the_check_ignores_case_accents_width_and_arabic_marks():
    assert fold("PARÍS") == fold("paris") and fold("８４") == "84"
    assert fold("Die  Daten\nbleiben") == "die daten bleiben"
    assert fold("تُرسل إلى") == fold("ترسل الي") and fold("doesn’t leave") == "doesn't leave"


def test_a_question_is_asked_with_the_quiz_prompt_of_its_language():
    german = booth_questions("de_DE")[0].text
    assert [m.content for m in quiz_messages(german)] == [quiz_system_prompt("de"), german]
    assert quiz_messages("Tell me a joke.")[0].content == quiz_system_prompt("en")  # the operator's own question


def test_quiz_results_are_remembered_per_language_and_old_files_read_as_english():
    path = results_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    english_right = ["What is the capital of France?"]
    path.write_text(json.dumps({"onnxruntime-genai:" + INFO.model_name: english_right}))  # written before languages
    assert remembered_right_answers(INFO) == english_right and remembered_right_answers(INFO, "de") is None
    german = booth_questions("de")
    remember_answers(INFO, [QuizAnswer(q.text, good, tuple(q.missing(good)), "de")
                            for q, good in zip(german, GOOD_ANSWERS["de"][:2] + ["Berlin"] * 3, strict=True)])
    assert remembered_right_answers(INFO, "de_DE") == [q.text for q in german[:2]]
    assert remembered_right_answers(INFO, "en") == english_right and remembered_right_answers(INFO, "fr") is None
    with pytest.raises(ValueError, match="more than one language"):
        remember_answers(INFO, [QuizAnswer("q", "a", (), "de"), QuizAnswer("q", "a", (), "fr")])


def test_the_real_model_is_quizzed_in_german_and_only_german_is_remembered():
    from pipelines.chat.hosted import load_hosted_engine

    engine = load_hosted_engine(GENAI, threads=2)
    try:
        answers = list(run_quiz(engine, language="de_DE"))
    finally:
        engine.close()
    assert [a.question for a in answers] == [q.text for q in booth_questions("de")]
    assert all(a.language == "de" and a.answer for a in answers)
    remember_answers(engine.info, answers)
    assert remembered_right_answers(engine.info, "de") == [a.question for a in answers if a.correct]
    assert remembered_right_answers(engine.info, "en") is None  # never asked in English here
