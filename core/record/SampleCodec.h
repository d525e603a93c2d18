// SPDX-License-Identifier: GPL-2.0-or-later
// SampleCodec: one sample of the recording as a delta against the previous one (the first sample
// of a chunk against nothing: the keyframe). docs/recording-format.md has the byte layout.
//
// - Files (RecordedFiles.h): removed keys, then changed entries; a changed text file whose
//   previous version is known is stored as a line delta (runs of "same line as before" and new
//   lines): zoneinfo, vmstat, memory.stat change a few numbers per second, not their layout.
// - Processes (Full samples only): removed pids, then per changed process a bit mask of the
//   fields that changed and, for numbers, the zigzag varint of the difference. A process that
//   did not change costs nothing.
// zstd over the whole chunk (RecordingWriter) then squeezes what the deltas leave.
#pragma once

#include "ByteCodec.h"
#include "RecordedFiles.h"
#include "model/Process.h"

#include <QList>

namespace oomlens::rec {

void encodeFiles(const FileState &previous, const FileState &current, ByteWriter &out);
// Applies a delta to `state` in place; false on malformed input.
bool decodeFiles(ByteReader &in, FileState &state);

// `previous` and `current` sorted by pid (SnapshotReader's order).
void encodeProcesses(const QList<Process> &previous, const QList<Process> &current, ByteWriter &out);
bool decodeProcesses(ByteReader &in, QList<Process> &processes);

} // namespace oomlens::rec
