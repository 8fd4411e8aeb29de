#!/usr/bin/env python3
"""Write the files of one commit of a bare git repository into a folder: export-tree.py GITDIR REF DEST [PATH...]

The fetched mirrors may lack some blobs (large or binary files nobody needs here); `git archive` stops at the
first one, so this writes every file the mirror has and counts the rest. Submodules come out as empty folders.
"""
import os
import subprocess
import sys

gitdir, ref, dest, *paths = sys.argv[1:]
listing = subprocess.run(["git", "--git-dir", gitdir, "ls-tree", "-r", "-z", ref, "--", *paths],
                         check=True, stdout=subprocess.PIPE).stdout
files = []
for entry in filter(None, listing.split(b"\0")):
    info, name = entry.split(b"\t", 1)
    mode, kind, oid = info.split()
    if kind == b"blob":
        files.append((mode, oid, os.fsdecode(name)))

reader = subprocess.Popen(["git", "--git-dir", gitdir, "cat-file", "--batch"], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE)
absent = 0
for mode, oid, name in files:
    reader.stdin.write(oid + b"\n")
    reader.stdin.flush()
    header = reader.stdout.readline().split()
    if header[-1] == b"missing":
        absent += 1
        continue
    body = reader.stdout.read(int(header[2]))
    reader.stdout.read(1)  # the newline after each object
    target = os.path.join(dest, name)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    if mode == b"120000":  # a symbolic link: its body is the link's target
        if os.path.lexists(target):
            os.remove(target)
        os.symlink(os.fsdecode(body), target)
        continue
    with open(target, "wb") as out:
        out.write(body)
    if mode == b"100755":
        os.chmod(target, 0o755)
reader.stdin.close()
reader.wait()
os.makedirs(dest, exist_ok=True)
print(f"{os.path.basename(os.path.dirname(gitdir.rstrip('/')))} {ref}: {len(files) - absent} files"
      + (f", {absent} not in the mirror" if absent else ""), file=sys.stderr)
