#!/usr/bin/env bash
# Shortlist on Slurm: screen one applicant dump as a job array (one task per shard), then merge the shards in a
# job that starts only when every task has succeeded.
#
#   deploy/slurm/array.sh DUMP CRITERIA AS_OF OUT [SHARDS]
#   deploy/slurm/array.sh /shared/dump /shared/role.yaml 2026-11-01 /shared/run 16
#
# Run on a login node, it submits the array and the dependent merge job and prints their ids. Inside the array
# (SLURM_ARRAY_TASK_ID set) it screens `--shard TASK/SHARDS`; in the merge job it runs `shortlist merge`. DUMP,
# CRITERIA and OUT must be on a file system every node sees; `shortlist` must be on PATH on every node.
#SBATCH --job-name=shortlist
#SBATCH --cpus-per-task=2
#SBATCH --mem=1G
#SBATCH --time=01:00:00
#SBATCH --output=shortlist-%A_%a.log
set -euo pipefail

if [ $# -lt 4 ]; then
    echo "usage: $0 DUMP CRITERIA AS_OF OUT [SHARDS]" >&2
    exit 64
fi
dump=$1 criteria=$2 as_of=$3 out=$4 shards=${5:-8}
case $shards in '' | *[!0-9]* | 0) echo "SHARDS must be a whole number above 0, not '$shards'" >&2; exit 64 ;; esac

if [ -n "${SHORTLIST_MERGE:-}" ]; then
    folders=()
    for ((i = 0; i < shards; i++)); do folders+=("$out.shards/$i"); done
    exec shortlist merge "${folders[@]}" --out "$out" --force
elif [ -n "${SLURM_ARRAY_TASK_ID:-}" ]; then
    exec shortlist screen "$dump" --criteria "$criteria" --as-of "$as_of" \
        --shard "$SLURM_ARRAY_TASK_ID/$shards" --jobs "${SLURM_CPUS_PER_TASK:-2}" \
        --out "$out.shards/$SLURM_ARRAY_TASK_ID" --force
else
    script=$(readlink -f "$0")
    array=$(sbatch --parsable --array="0-$((shards - 1))" "$script" "$dump" "$criteria" "$as_of" "$out" "$shards")
    merge=$(sbatch --parsable --dependency="afterok:$array" --job-name=shortlist-merge \
        --export=ALL,SHORTLIST_MERGE=1 "$script" "$dump" "$criteria" "$as_of" "$out" "$shards")
    echo "submitted screen array $array ($shards shards → $out.shards/) and merge job $merge (→ $out)"
fi
