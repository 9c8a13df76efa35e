"""The docs stay honest: every CLI command has help and a README mention; CI runs the README's command."""

import re
from pathlib import Path

from lcdesk.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def subcommands():
    parser = build_parser()
    action = next(a for a in parser._actions if a.dest == "command")
    return action, action.choices


def test_every_command_has_help_text():
    action, choices = subcommands()
    helps = {c.dest: c.help for c in action._choices_actions}
    for name in choices:
        assert helps.get(name), f"command {name} has no help text"


def test_every_command_is_in_the_readme():
    _, choices = subcommands()
    for name in choices:
        assert f"`lcdesk {name}" in README, f"README does not mention `lcdesk {name}`"


def readme_commands():
    return [c.strip() for c in re.findall(r"```\n(.+?)\n *```", README)]


def test_the_readme_has_exactly_two_set_up_commands():
    commands = readme_commands()
    assert len(commands) == 2
    assert "lcdesk" in commands[0] and "pytest" in commands[1]


def test_ci_runs_the_readmes_test_command_verbatim():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert readme_commands()[1] in ci.splitlines()


def test_every_doc_the_readme_links_exists():
    for link in re.findall(r"\]\((docs/[^)]+)\)", README):
        assert (ROOT / link).exists(), link


def test_the_readme_commands_and_ci_share_one_system_libraries_script():
    """A bare Debian machine: both README commands first install what Qt needs, with the
    script CI uses too; CI also proves the window starts under Xvfb."""
    for command in readme_commands():
        assert command.startswith("python3 tools/system_libraries.py && "), command
    assert (ROOT / "tools" / "system_libraries.py").is_file()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert "python3 tools/system_libraries.py --xvfb" in ci
    assert any(line.startswith("xvfb-run ") and "tools/window_smoke.py" in line for line in ci)
    assert any("installers/windows/build.sh --smoke" in line for line in ci)
