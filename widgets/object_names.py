"""The names of the 80 COCO objects the built-in detector finds, as the video's tags show them: in the window's
language (context "Objects", each name marked below for pyside6-lupdate). A model the user opens keeps its own labels:
a name no translation knows is shown as it is."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Objects"
COCO_NAMES = (
    QT_TRANSLATE_NOOP("Objects", "person"), QT_TRANSLATE_NOOP("Objects", "bicycle"),
    QT_TRANSLATE_NOOP("Objects", "car"), QT_TRANSLATE_NOOP("Objects", "motorcycle"),
    QT_TRANSLATE_NOOP("Objects", "airplane"), QT_TRANSLATE_NOOP("Objects", "bus"),
    QT_TRANSLATE_NOOP("Objects", "train"), QT_TRANSLATE_NOOP("Objects", "truck"), QT_TRANSLATE_NOOP("Objects", "boat"),
    QT_TRANSLATE_NOOP("Objects", "traffic light"), QT_TRANSLATE_NOOP("Objects", "fire hydrant"),
    QT_TRANSLATE_NOOP("Objects", "stop sign"), QT_TRANSLATE_NOOP("Objects", "parking meter"),
    QT_TRANSLATE_NOOP("Objects", "bench"), QT_TRANSLATE_NOOP("Objects", "bird"), QT_TRANSLATE_NOOP("Objects", "cat"),
    QT_TRANSLATE_NOOP("Objects", "dog"), QT_TRANSLATE_NOOP("Objects", "horse"), QT_TRANSLATE_NOOP("Objects", "sheep"),
    QT_TRANSLATE_NOOP("Objects", "cow"), QT_TRANSLATE_NOOP("Objects", "elephant"), QT_TRANSLATE_NOOP("Objects", "bear"),
    QT_TRANSLATE_NOOP("Objects", "zebra"), QT_TRANSLATE_NOOP("Objects", "giraffe"),
    QT_TRANSLATE_NOOP("Objects", "backpack"), QT_TRANSLATE_NOOP("Objects", "umbrella"),
    QT_TRANSLATE_NOOP("Objects", "handbag"), QT_TRANSLATE_NOOP("Objects", "tie"),
    QT_TRANSLATE_NOOP("Objects", "suitcase"), QT_TRANSLATE_NOOP("Objects", "frisbee"),
    QT_TRANSLATE_NOOP("Objects", "skis"), QT_TRANSLATE_NOOP("Objects", "snowboard"),
    QT_TRANSLATE_NOOP("Objects", "sports ball"), QT_TRANSLATE_NOOP("Objects", "kite"),
    QT_TRANSLATE_NOOP("Objects", "baseball bat"), QT_TRANSLATE_NOOP("Objects", "baseball glove"),
    QT_TRANSLATE_NOOP("Objects", "skateboard"), QT_TRANSLATE_NOOP("Objects", "surfboard"),
    QT_TRANSLATE_NOOP("Objects", "tennis racket"), QT_TRANSLATE_NOOP("Objects", "bottle"),
    QT_TRANSLATE_NOOP("Objects", "wine glass"), QT_TRANSLATE_NOOP("Objects", "cup"),
    QT_TRANSLATE_NOOP("Objects", "fork"), QT_TRANSLATE_NOOP("Objects", "knife"), QT_TRANSLATE_NOOP("Objects", "spoon"),
    QT_TRANSLATE_NOOP("Objects", "bowl"), QT_TRANSLATE_NOOP("Objects", "banana"), QT_TRANSLATE_NOOP("Objects", "apple"),
    QT_TRANSLATE_NOOP("Objects", "sandwich"), QT_TRANSLATE_NOOP("Objects", "orange"),
    QT_TRANSLATE_NOOP("Objects", "broccoli"), QT_TRANSLATE_NOOP("Objects", "carrot"),
    QT_TRANSLATE_NOOP("Objects", "hot dog"), QT_TRANSLATE_NOOP("Objects", "pizza"),
    QT_TRANSLATE_NOOP("Objects", "donut"), QT_TRANSLATE_NOOP("Objects", "cake"), QT_TRANSLATE_NOOP("Objects", "chair"),
    QT_TRANSLATE_NOOP("Objects", "couch"), QT_TRANSLATE_NOOP("Objects", "potted plant"),
    QT_TRANSLATE_NOOP("Objects", "bed"), QT_TRANSLATE_NOOP("Objects", "dining table"),
    QT_TRANSLATE_NOOP("Objects", "toilet"), QT_TRANSLATE_NOOP("Objects", "tv"), QT_TRANSLATE_NOOP("Objects", "laptop"),
    QT_TRANSLATE_NOOP("Objects", "mouse"), QT_TRANSLATE_NOOP("Objects", "remote"),
    QT_TRANSLATE_NOOP("Objects", "keyboard"), QT_TRANSLATE_NOOP("Objects", "cell phone"),
    QT_TRANSLATE_NOOP("Objects", "microwave"), QT_TRANSLATE_NOOP("Objects", "oven"),
    QT_TRANSLATE_NOOP("Objects", "toaster"), QT_TRANSLATE_NOOP("Objects", "sink"),
    QT_TRANSLATE_NOOP("Objects", "refrigerator"), QT_TRANSLATE_NOOP("Objects", "book"),
    QT_TRANSLATE_NOOP("Objects", "clock"), QT_TRANSLATE_NOOP("Objects", "vase"),
    QT_TRANSLATE_NOOP("Objects", "scissors"), QT_TRANSLATE_NOOP("Objects", "teddy bear"),
    QT_TRANSLATE_NOOP("Objects", "hair drier"), QT_TRANSLATE_NOOP("Objects", "toothbrush"),
)


def shown_name(label: str) -> str:
    """``label`` in the window's language where it is a COCO name, else as it is."""
    return QCoreApplication.translate(CONTEXT, label)
