"""A translator with English plural (numerus) forms, compiled by lrelease from a small .ts:
what the coordinator's English translation will say, to test %n strings before it exists."""

import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

from PySide6.QtCore import QCoreApplication, QTranslator


def english_plurals(folder: Path, plurals: dict) -> Path:
    """``plurals``: {(context, source): (one, other)}; returns the compiled .qm."""
    contexts: dict = {}
    for (context, source), (one, other) in plurals.items():
        contexts.setdefault(context, []).append(
            f'<message numerus="yes"><source>{escape(source)}</source><translation><numerusform>{escape(one)}'
            f"</numerusform><numerusform>{escape(other)}</numerusform></translation></message>")
    body = "".join(f"<context><name>{c}</name>{''.join(m)}</context>" for c, m in contexts.items())
    ts = folder / "plurals_en.ts"
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="en">{body}</TS>',
                  encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(ts), "-qm", str(folder / "plurals_en.qm")], check=True, capture_output=True)
    return folder / "plurals_en.qm"


def install(folder: Path, plurals: dict) -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(english_plurals(folder, plurals)))
    QCoreApplication.installTranslator(translator)
    return translator
