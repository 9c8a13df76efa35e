"""The Qt-free core of lcdesk: catalogs, units, the store, values, bundles.

Nothing under this package may import PySide6 (``tests/test_layers.py``).
"""
