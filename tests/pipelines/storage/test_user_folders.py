"""The user's folders are the ones earlier versions (which asked Qt) wrote to, so their history, transcript and
logs are found after the move to platformdirs; and a view saved under the detection panel's old name reopens."""

import json
import subprocess
import sys

from app import view_name
from pipelines.names import Pipeline

PROBE = """
import json
from PySide6.QtCore import QCoreApplication, QStandardPaths
from pipelines.storage import user_folders
app = QCoreApplication([])
app.setOrganizationName(user_folders.ORGANIZATION)
app.setApplicationName(user_folders.APPLICATION)
qt = lambda kind: QStandardPaths.writableLocation(kind)
print(json.dumps({
    "data": [str(user_folders.data_folder()), qt(QStandardPaths.StandardLocation.AppDataLocation)],
    "logs": [str(user_folders.log_folder()), qt(QStandardPaths.StandardLocation.AppLocalDataLocation) + "/logs"],
    "pictures": [str(user_folders.pictures_folder().parent), qt(QStandardPaths.StandardLocation.PicturesLocation)],
}))
"""


def test_the_folders_are_the_ones_qt_gave_earlier_versions(tmp_path):
    """Run in a process of its own: the test session patches these folders (and sets XDG_DATA_HOME)."""
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    for ours, qts in json.loads(done.stdout).values():
        assert ours == qts


def test_a_view_saved_as_vision_reopens_the_detection_panel():
    assert view_name("vision") == Pipeline.DETECTION.value == "detection"
    assert view_name("dashboard") == "dashboard" and view_name("chat") == "chat"
    assert Pipeline.parse("Vision") is Pipeline.DETECTION and Pipeline.DETECTION.label == "Vision"
