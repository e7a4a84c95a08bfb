"""The video view's drawing: boxes with their label tags, whole inside the frame."""

import numpy as np
from PySide6.QtCore import QRectF

from pipelines.detection.protocol import Detection
from widgets.hud import HudContent
from widgets.video_view import VideoView, class_colour, tag_place


def test_a_tag_at_the_frames_right_edge_is_drawn_whole(qtbot):
    view = VideoView()
    qtbot.addWidget(view)
    image = np.zeros((120, 240, 3), np.uint8)
    view.show_frame(image, [Detection("person", 1, 0.91, (225.0, 60.0, 240.0, 100.0))], HudContent())
    annotated = view.render_annotated()
    colour = class_colour(1).rgb()
    row = 52  # in the tag's band, above the box's top edge
    filled = [x for x in range(annotated.width()) if annotated.pixel(x, row) == colour]
    assert filled[-1] - filled[0] >= 60 and filled[-1] == annotated.width() - 1  # 'person 0.91' whole, at the edge


def test_tags_of_boxes_side_by_side_do_not_cover_each_other(qtbot):
    free = tag_place(QRectF(10, 40, 40, 50), 70, 15, QRectF(0, 0, 240, 120), [])
    assert free == QRectF(10, 25, 70, 15)  # above its box
    inside = tag_place(QRectF(40, 40, 40, 50), 70, 15, QRectF(0, 0, 240, 120), [free])
    assert inside == QRectF(40, 40, 70, 15) and not inside.intersects(free)  # just inside its box's top
    under = tag_place(QRectF(40, 40, 40, 50), 70, 15, QRectF(0, 0, 240, 120), [free, inside])
    assert under == QRectF(40, 90, 70, 15)
    crowded = tag_place(QRectF(40, 40, 40, 50), 70, 15, QRectF(0, 0, 240, 120), [QRectF(0, 0, 240, 120)])
    assert crowded == QRectF(40, 25, 70, 15)  # nowhere free: above, as before

    view = VideoView()
    qtbot.addWidget(view)
    person = Detection("person", 1, 0.91, (20.0, 50.0, 60.0, 100.0))
    car = Detection("car", 3, 0.8, (40.0, 50.0, 100.0, 100.0))
    view.show_frame(np.zeros((120, 240, 3), np.uint8), [car, person], HudContent())
    annotated = view.render_annotated()

    def band(row, detection):  # the tag's colour along a row at the tag's edge, above or under its text
        return sum(annotated.pixel(x, row) == class_colour(detection.class_id).rgb() for x in range(240))

    assert band(36, person) >= 60 and band(63, car) >= 50  # the best score's tag above, the other's inside its box
    assert band(36, car) == 0  # not above, where the person's tag is
