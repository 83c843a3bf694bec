"""Qt-free core: the meeting engine, formats, records, storage and import/export.

Nothing under this package may import PySide6 (tests/core/test_layering.py checks it).
"""
