// SPDX-License-Identifier: GPL-2.0-or-later
// The diagnosis of one event as an HTML fragment: shown in the diagnosis card and reused by the
// HTML/PDF export, so the screen and the report say the same thing.
#pragma once

#include "LoadedLog.h"

#include <QString>

namespace oomlens::ui {

struct DiagnosisHtmlOptions {
    // Evidence line numbers become links "line:<n>" (the card turns them into "show in report").
    bool lineLinks = true;
};

QString diagnosisHtml(const oomlens::OomEvent &event, const EventExplanation &explanation,
                      const DiagnosisHtmlOptions &options = {});

// "Partial report: no task table, no kill line." or empty for a complete report.
QString completenessText(const oomlens::OomEvent &event);

} // namespace oomlens::ui
