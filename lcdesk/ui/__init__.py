"""The thin Qt shell of lcdesk: one widget or dialog per module.

Widgets receive the ``Store`` in their constructor and call the Qt-free core
(``lcdesk.core``); they never write SQL. ``app.run_gui`` is the entry point.
"""
