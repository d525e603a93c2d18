#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Round-trips the unfinished messages of a Qt Linguist .ts file through a reviewable JSON file.

Why: after new tr() strings land, `cmake --build --preset default --target update_translations`
adds them to translations/*.ts as unfinished. Instead of clicking through Linguist, dump them,
translate the JSON (a person or a reviewed machine draft), and write them back:

    scripts/ts_fill.py todo  translations/oomlens_de.ts > /tmp/de.json   # unfinished only
    (edit /tmp/de.json: fill "translation"; a list of forms for numerus messages)
    scripts/ts_fill.py apply translations/oomlens_de.ts /tmp/de.json
    cmake --build --preset default --target update_translations        # re-normalises layout

`apply` only touches messages that are still unfinished, match context and source exactly and
get a non-empty translation; everything else is left as it was and reported on stderr.
Numerus messages take a list: 2 forms for German (one, other), 1 for Chinese.
"""
import json
import sys
import xml.etree.ElementTree as ET

HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def messages(root):
    for context in root.findall('context'):
        name = context.findtext('name') or ''
        for message in context.findall('message'):
            yield name, message


def is_unfinished(message):
    translation = message.find('translation')
    return translation is None or translation.get('type') == 'unfinished'


def todo(ts_path):
    root = ET.parse(ts_path).getroot()
    out = []
    for context, message in messages(root):
        if not is_unfinished(message):
            continue
        entry = {'context': context, 'source': message.findtext('source') or ''}
        comment = message.findtext('comment')
        if comment:
            entry['disambiguation'] = comment
        numerus = message.get('numerus') == 'yes'
        entry['translation'] = [] if numerus else ''
        out.append(entry)
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write('\n')


def apply(ts_path, json_path):
    with open(json_path, encoding='utf-8') as f:
        wanted = {(e['context'], e['source'], e.get('disambiguation', '')): e['translation']
                  for e in json.load(f)}
    tree = ET.parse(ts_path)
    filled = 0
    for context, message in messages(tree.getroot()):
        key = (context, message.findtext('source') or '', message.findtext('comment') or '')
        text = wanted.pop(key, None)
        if not text or not is_unfinished(message):
            continue
        translation = message.find('translation')
        if translation is None:
            translation = ET.SubElement(message, 'translation')
        translation.attrib.pop('type', None)
        for child in list(translation):
            translation.remove(child)
        if message.get('numerus') == 'yes':
            forms = text if isinstance(text, list) else [text]
            translation.text = None
            for form in forms:
                ET.SubElement(translation, 'numerusform').text = form
        else:
            translation.text = text
        filled += 1
    with open(ts_path, 'w', encoding='utf-8') as f:
        f.write(HEADER)
        f.write(ET.tostring(tree.getroot(), encoding='unicode'))
        f.write('\n')
    for context, source, _ in wanted:
        print(f'not applied (no unfinished message): [{context}] {source!r}', file=sys.stderr)
    print(f'{ts_path}: filled {filled} message(s)', file=sys.stderr)


def main(argv):
    if len(argv) == 3 and argv[1] == 'todo':
        todo(argv[2])
    elif len(argv) == 4 and argv[1] == 'apply':
        apply(argv[2], argv[3])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
