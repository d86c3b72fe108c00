"""Where the GUI thread was while the window froze: a sampling thread keeps the GUI thread's Python
stack every few milliseconds (the last few seconds of it), and a freeze is told by the project's
lines it was in most often, e.g. ``shopowner/ui/cards/preview.py:171 show_pdf`` (a call into Qt
shows as the Python line that made it; no project line at all means Qt's own C++ work, such as
painting, under the event loop).
"""

from __future__ import annotations

import sys
import threading
import time
from collections import Counter, deque
from pathlib import Path

ROOT = str(Path(__file__).resolve().parents[3])
PROJECT = (f"{ROOT}/shopowner/",)
INTERVAL = 0.005
KEEP = 2000  # 10 s of samples


class StackSampler(threading.Thread):
    def __init__(self, thread: threading.Thread | None = None):
        super().__init__(name="stack sampler", daemon=True)
        self.target = (thread or threading.main_thread()).ident
        self.samples: deque[tuple[float, tuple[str, ...]]] = deque(maxlen=KEEP)
        self._stop_event = threading.Event()

    def run(self) -> None:  # the thread's body
        while not self._stop_event.wait(INTERVAL):
            frame = sys._current_frames().get(self.target)
            lines = []
            while frame is not None:
                name = frame.f_code.co_filename
                if name.startswith(PROJECT):
                    lines.append(f"{name[len(ROOT) + 1:]}:{frame.f_lineno} {frame.f_code.co_name}")
                frame = frame.f_back
            self.samples.append((time.monotonic(), tuple(lines)))

    def stop(self) -> None:
        self._stop_event.set()

    def where(self, start: float, end: float, top: int = 2) -> str:
        """The project lines the GUI thread was in most often between ``start`` and ``end``
        (``time.monotonic()``), innermost first, with the share of samples."""
        taken = [lines for when, lines in list(self.samples) if start <= when <= end]
        if not taken:
            return ""
        innermost = Counter(lines[0] if lines else "Qt's own code (no project line on the stack)"
                            for lines in taken)
        return "; ".join(f"{line} ({count}/{len(taken)})" for line, count in innermost.most_common(top))
