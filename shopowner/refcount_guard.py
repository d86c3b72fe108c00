"""Keep ``None``, ``True`` and ``False`` alive under a PySide6 6.12.0 reference bug.

On Python 3.11, PySide6 6.12.0 drops one reference to ``True`` for every signal it delivers to
a Python slot, and one to ``None``/``True``/``False`` for many ``QVariant`` conversions (an item's
``data()``, a combo box's ``itemData()``…); measured: 200 emissions, ``True``'s count −200. When
a count reaches zero the interpreter aborts ("deallocating True or False"): a window crashed
after a few thousand clicks, searches or progress updates, and the test suite at exit. Python
3.12 made these objects immortal, so there the bug is harmless; PySide6-Pdf exists only for 6.12,
so pinning an older PySide6 is not an option. This gives the three objects, on CPython before
3.12, the immortality 3.12 has: their counts are raised by 2**40, which no session can use up.

``shopowner/__init__.py`` calls :func:`keep_singletons_alive` once, before any Qt import.
"""

from __future__ import annotations

import sys

MARGIN = 1 << 40


def keep_singletons_alive() -> bool:
    """Raise the reference counts of None, True and False once; True when it did."""
    if (sys.implementation.name != "cpython" or sys.version_info >= (3, 12)
            or hasattr(sys, "gettotalrefcount")  # a debug build lays objects out differently
            or getattr(sys, "_shopowner_singletons_kept", False)):
        return False
    import ctypes

    for obj in (None, True, False):
        # ob_refcnt is the first field of every object in a release build
        ctypes.c_ssize_t.from_address(id(obj)).value += MARGIN
    sys._shopowner_singletons_kept = True  # type: ignore[attr-defined]  # our mark: done once per process
    return True
