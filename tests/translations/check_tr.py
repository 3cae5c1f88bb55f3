#!/usr/bin/env python3
"""Fails when a user-visible string in core/, cli/ or ui/ bypasses tr().

  check_tr.py SOURCE_ROOT

Looks for string literals (plain, QStringLiteral, QLatin1String, u"") passed straight to what a user
reads: widget texts, tool tips, window titles, message boxes, actions, labels, placeholder texts,
Error{kind, message}, and the command line's m_ctx.out / m_ctx.err. A literal with no word in it
(punctuation, "%1 · %2", a number format) is fine; the few intended ones are in ALLOWED below.

Also tables of structs whose `const char *` field is translated when used (`tr(c.summary)`): every
literal in that field's place must be marked with QT_TR_NOOP/QT_TRANSLATE_NOOP, or lupdate never sees it
and tr() finds nothing to translate.
"""
import os
import re
import sys

SINKS = (r"setText|setToolTip|setStatusTip|setWhatsThis|setWindowTitle|setPlaceholderText|setTitle|"
         r"setLabelText|setAccessibleName|setAccessibleDescription|addAction|addItem|addTab|setHint|"
         r"QMessageBox::(?:information|warning|critical|question)|QLabel|QPushButton|QCheckBox|QRadioButton|"
         r"QGroupBox|QAction|showMessage")
LITERAL = re.compile(r'(?:QStringLiteral\(|QLatin1String\(|QLatin1StringView\(|u)?"((?:[^"\\]|\\.)*)"')
# Where a statement hands text to the user; the statement runs to its semicolon.
SINK = re.compile(r"\b(?:(?:" + SINKS + r")\s*\(|Error\s*\{\s*ErrorKind::\w+\s*,|m_ctx\.(?:out|err)\s*<<)")
# A literal right after one of these is translated (or marked for translation).
TRANSLATED = re.compile(r"(?:\btr|\btranslate|QT_TR_NOOP|QT_TRANSLATE_NOOP)\(\s*(?:\"[^\"]*\"\s*,\s*)?$")
WORD = re.compile(r"[A-Za-z]{2,}")

# (file, literal): shown as is on purpose.
ALLOWED = {
    # Product names, the same in every language.
    ("ui/instancedialog.cpp", "Radarr"),
    ("ui/instancedialog.cpp", "Sonarr"),
    ("ui/settingsinstancespage.cpp", "Radarr"),
    ("ui/settingsinstancespage.cpp", "Sonarr"),
    ("ui/recyclarrimportdialog.cpp", "Radarr"),
    ("ui/recyclarrimportdialog.cpp", "Sonarr"),
    # Compared with, not shown: the configuration's type name.
    ("ui/settingsinstancespage.cpp", "sonarr"),
    # Examples in empty fields: an instance name and the servers' default addresses.
    ("ui/instancedialog.cpp", "radarr-4k"),
    ("ui/instancedialog.cpp", "http://localhost:7878"),
    ("ui/instancedialog.cpp", "http://localhost:8989"),
    # Examples in the notification dialog's empty fields: a target name, an ntfy topic, an SMTP server and sender
    # (the same in every language: names and addresses, not words).
    ("ui/notificationdialog.cpp", "discord"),
    ("ui/notificationdialog.cpp", "arrscore"),
    ("ui/notificationdialog.cpp", "smtps://mail.example.org:465"),
    ("ui/notificationdialog.cpp", "arrscore@example.org"),
    # Compared with, not shown: the secret field's key.
    ("ui/notificationdialog.cpp", "url"),
}


def user_words(text):
    # Placeholders and escapes are not words; a literal with none left is punctuation or layout.
    stripped = re.sub(r"%\w+|\\[nt]|<[^>]+>|&\w+;", " ", text)
    return WORD.search(stripped) is not None


def direct_literals(text, start):
    """The literals handed over as they are from start to the end of the call or statement: at the
    sink's own level, or wrapped only in QStringLiteral()/QLatin1String(). A literal inside any other
    call (tr(), setObjectName(), QUrl()...) is that call's business."""
    wrappers = {"QStringLiteral", "QLatin1String", "QLatin1StringView", ""}
    stack = []  # names of the calls opened since start
    i = start
    while i < len(text):
        c = text[i]
        if c == '"' and text[i - 1] == "R":  # a raw string, R"(...)"
            close = text.find(')"', i)
            if all(name in wrappers for name in stack):
                yield i, text[i + 2:close]
            i = close + 2
            continue
        if c == '"':
            match = LITERAL.match(text, i)
            if match is None:
                return
            prefix_u = i > 0 and text[i - 1] == "u"
            if all(name in wrappers for name in stack) and not prefix_u or (prefix_u and not stack):
                yield i, match.group(1)
            i = match.end()
            continue
        if c == "'":
            i = text.find("'", i + 2) + 1
            continue
        if c in "({":
            name = re.search(r"(\w*)\s*$", text[max(0, i - 40):i]).group(1)
            stack.append(name if c == "(" else "")
        elif c in ")}":
            if not stack:
                return
            stack.pop()
        elif c == ";" and not stack:
            return
        i += 1


# tr(c.summary), tr(kColumns[column].description): a field translated at run time.
TRANSLATED_FIELD = re.compile(r"\btr\(\s*[\w\[\]]+(?:\.|->)(\w+)\s*[,)]")
STRUCT = re.compile(r"\bstruct\s+(\w+)\s*\{([^{}]*)\}")


def top_level_items(text):
    """Splits an initializer's contents at its top-level commas."""
    items, depth, current, i = [], 0, [], 0
    while i < len(text):
        c = text[i]
        if c == '"':
            match = LITERAL.match(text, i)
            end = match.end() if match else i + 1
            current.append(text[i:end])
            i = end
            continue
        if c in "({[":
            depth += 1
        elif c in ")}]":
            depth -= 1
        if c == "," and depth == 0:
            items.append("".join(current).strip())
            current = []
        else:
            current.append(c)
        i += 1
    if "".join(current).strip():
        items.append("".join(current).strip())
    return items


def matching_brace(text, start):
    depth = 0
    for i in range(start, len(text)):
        if text[i] == '"':
            continue
        if text[i] == "{":
            depth += 1
        elif text[i] == "}":
            depth -= 1
            if depth == 0:
                return i
    return len(text)


def table_literals(text):
    """Literals in the translated fields of struct tables that are not marked for translation."""
    fields = set(TRANSLATED_FIELD.findall(text))
    for struct in STRUCT.finditer(text):
        members = [m.strip() for m in struct.group(2).split(";") if m.strip()]
        positions = [i for i, m in enumerate(members)
                     if re.match(r"const\s+char\s*\*\s*(?:const\s+)?(\w+)$", m)
                     and re.search(r"(\w+)$", m).group(1) in fields]
        if not positions:
            continue
        table = re.compile(r"\b" + struct.group(1) + r"\b[^;{}=]*=\s*\{")
        for found in table.finditer(text, struct.end()):
            start = found.end() - 1
            for row in top_level_items(text[start + 1:matching_brace(text, start)]):
                if not row.startswith("{"):
                    continue
                items = top_level_items(row[1:row.rfind("}")])
                for position in positions:
                    item = items[position] if position < len(items) else ""
                    if item.startswith(("QT_TR_NOOP", "QT_TRANSLATE_NOOP")):
                        continue
                    for literal in LITERAL.finditer(item):
                        if user_words(literal.group(1)):
                            yield start + text[start:].find(literal.group(0)), literal.group(1)


def scan(root):
    problems = []
    for top in ("core", "cli", "ui"):
        for folder, _, files in os.walk(os.path.join(root, top)):
            for name in sorted(files):
                if not name.endswith((".cpp", ".h")):
                    continue
                path = os.path.join(folder, name)
                relative = os.path.relpath(path, root)
                with open(path, encoding="utf-8") as f:
                    text = f.read()
                for sink in SINK.finditer(text):
                    for offset, literal in direct_literals(text, sink.end()):
                        if not user_words(literal) or (relative, literal) in ALLOWED:
                            continue
                        line = text.count("\n", 0, offset) + 1
                        problems.append(f"{relative}:{line}: \"{literal}\" reaches the user without tr()")
                for offset, literal in table_literals(text):
                    if (relative, literal) in ALLOWED:
                        continue
                    line = text.count("\n", 0, offset) + 1
                    problems.append(f"{relative}:{line}: \"{literal}\" is translated with tr() when used, but "
                                    f"not marked with QT_TR_NOOP/QT_TRANSLATE_NOOP for lupdate")
    return problems


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "."
    problems = scan(root)
    for p in problems:
        print(p)
    if problems:
        print(f"\n{len(problems)} string(s) without tr(). Wrap them in tr(), or add them to ALLOWED in "
              f"{os.path.relpath(__file__, root)} with the reason.")
        return 1
    print("every user-visible string in core/, cli/ and ui/ goes through tr()")
    return 0


if __name__ == "__main__":
    sys.exit(main())
