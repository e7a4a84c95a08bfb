"""The video view's drawing: boxes with their label tags, whole inside the frame."""

import numpy as np

from pipelines.detection.protocol import Detection
from widgets.hud import HudContent
from widgets.video_view import VideoView, class_colour


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
