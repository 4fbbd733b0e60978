#!/usr/bin/python3
"""Edit a DOCX in LibreOffice (headless, over UNO) as a reviewer would, and save it as Word 2007-365.

Run with Debian's /usr/bin/python3 (the one that has python3-uno), not the project's venv:

    /usr/bin/python3 scripts/lo_markup.py IN.docx OUT.docx EDITS.json

EDITS.json: {"author": "NAPTIP Legal", "track": true, "edits": [
    {"op": "replace", "find": "thirty (30) days", "with": "forty-five (45) days"},
    {"op": "clear", "find": "words of the paragraph whose text is deleted"},
    {"op": "comment", "find": "commented words", "text": "the comment"},
    {"op": "append", "find": "words of the paragraph after which a new one comes", "text": "new paragraph"}]}

With "track" the edits are recorded as tracked changes (Edit > Track Changes > Record).  LibreOffice
runs with its own throw-away profile and a private pipe, so parallel runs do not meet.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.text.ControlCharacter import PARAGRAPH_BREAK


def _prop(name, value):
    prop = PropertyValue()
    prop.Name, prop.Value = name, value
    return prop


def _connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + 60
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:
            if time.time() > deadline:
                raise
            time.sleep(0.2)


def _set_author(ctx, author):
    provider = ctx.ServiceManager.createInstanceWithContext(
        "com.sun.star.configuration.ConfigurationProvider", ctx
    )
    access = provider.createInstanceWithArguments(
        "com.sun.star.configuration.ConfigurationUpdateAccess",
        (_prop("nodepath", "/org.openoffice.UserProfile/Data"),),
    )
    given, _, family = author.partition(" ")
    access.setPropertyValue("givenname", given)
    access.setPropertyValue("sn", family)
    access.commitChanges()


def _find(doc, text):
    search = doc.createSearchDescriptor()
    search.SearchString = text
    search.SearchCaseSensitive = True
    found = doc.findFirst(search)
    if found is None:
        raise SystemExit(f"not found in the document: {text!r}")
    return found


def _apply(doc, edit, author):
    found = _find(doc, edit["find"])
    if edit["op"] == "replace":
        found.setString(edit["with"])
    elif edit["op"] == "clear":
        cursor = found.getText().createTextCursorByRange(found)
        cursor.gotoStartOfParagraph(False)
        cursor.gotoEndOfParagraph(True)
        cursor.setString("")
    elif edit["op"] == "comment":
        note = doc.createInstance("com.sun.star.text.textfield.Annotation")
        note.Author = author
        note.Content = edit["text"]
        found.getText().insertTextContent(found, note, True)
    elif edit["op"] == "append":
        cursor = found.getText().createTextCursorByRange(found)
        cursor.gotoEndOfParagraph(False)
        found.getText().insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
        cursor.setString(edit["text"])
    else:
        raise SystemExit(f"unknown edit: {edit['op']}")


def main(argv):
    source, target, edits_path = argv[1:4]
    with open(edits_path, encoding="utf-8") as handle:
        plan = json.load(handle)
    scratch = tempfile.mkdtemp(prefix="lo-markup-")
    profile = os.path.join(scratch, "profile")
    pipe = "mou" + uuid.uuid4().hex
    soffice = shutil.which("soffice") or "soffice"
    # LibreOffice leaves a lock file beside what it opens and refuses a locked file: work on a copy.
    work = os.path.join(scratch, "in.docx")
    shutil.copyfile(source, work)
    office = subprocess.Popen(
        [
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--invisible",
            "--norestore",
            f"--accept=pipe,name={pipe};urp;",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # soffice starts soffice.bin: end the whole group afterwards
    )
    try:
        ctx = _connect(pipe)
        author = plan.get("author", "Reviewer")
        _set_author(ctx, author)
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        url = uno.systemPathToFileUrl(work)
        doc = desktop.loadComponentFromURL(url, "_blank", 0, (_prop("Hidden", True),))
        if doc is None:
            raise SystemExit(f"LibreOffice could not open {source}")
        time.sleep(1)
        doc.RecordChanges = bool(plan.get("track", True))
        # LibreOffice 7.4 crashes when an annotation is inserted while changes are recorded, or
        # searched past afterwards: comments go last, with recording off (a comment is no change).
        for edit in sorted(plan["edits"], key=lambda e: e["op"] == "comment"):
            if edit["op"] == "comment":
                doc.RecordChanges = False
            _apply(doc, edit, author)
        saved = os.path.join(scratch, "out.docx")
        doc.storeToURL(uno.systemPathToFileUrl(saved), (_prop("FilterName", "MS Word 2007 XML"),))
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge goes away with the office
    finally:
        try:
            office.wait(timeout=20)
        except subprocess.TimeoutExpired:
            pass
        try:
            os.killpg(office.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        office.wait()
        if os.path.exists(os.path.join(scratch, "out.docx")):
            shutil.copyfile(os.path.join(scratch, "out.docx"), target)
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv)
