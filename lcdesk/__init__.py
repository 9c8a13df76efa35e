"""lcdesk: Learning City Desk.

The one source of the application's name, id and version: ``build.spec``,
the installer scripts and ``pyproject.toml`` read them from here.
"""

__version__ = "0.1.0"
APP_NAME = "lcdesk"
APP_DISPLAY_NAME = "Learning City Desk"
APP_ID = "vn.lcdesk.LearningCityDesk"
APP_AUTHOR = "lcdesk"
