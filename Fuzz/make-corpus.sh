#!/bin/sh
# Seeds a libFuzzer corpus with the bundled sample resumes. Usage: Fuzz/make-corpus.sh [DIR] (default Fuzz/corpus).
# The corpus is local working data: it is ignored by git and never committed.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
corpus=${1:-"$here/corpus"}
mkdir -p "$corpus"
for file in "$here"/../SampleData/resumes/*/*; do
    [ -f "$file" ] && cp "$file" "$corpus/$(basename "$(dirname "$file")")-$(basename "$file")"
done
echo "$(ls "$corpus" | wc -l) files in $corpus"
