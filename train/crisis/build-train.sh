#!/usr/bin/env bash
# Rebuilds train.jsonl from written/*.txt: one message a line; the file name's first word is the level
# (acute-…, concern-…, none-…) and its name is kept as the note.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
for f in written/*.txt; do
  stem="$(basename "$f" .txt)"
  jq -R -c --arg l "${stem%%-*}" --arg n "$stem" 'select(length>0) | {text: ., level: $l, note: $n}' "$f"
done > train.jsonl
