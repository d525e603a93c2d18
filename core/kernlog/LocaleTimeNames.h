// Month and weekday names of localised timestamps: `dmesg -T` and `journalctl` print them in the
// user's LC_TIME ("[ven. nov. 28 07:26:44 2025]", "апр 28 01:23:30 host kernel: ..."). The table is
// generated at build time from every UTF-8 locale the build machine has (tools/LocaleNamesGen.cpp),
// never typed by hand. Lookups ignore case, dots and padding.
#pragma once

#include "TextScan.h"

namespace oomlens::kernlog {

// 1..12 for an abbreviated month name of any locale (English included), 0 for none, and 0 too for
// a name two locales give to different months (Croatian "lis" is October, Polish "lis" November):
// no date rather than a wrong one.
int localisedMonth(string_view token);
// True for an abbreviated month name of any locale, ambiguous ones included (enough to know a stamp).
bool isLocalisedMonthName(string_view token);
// True for an abbreviated weekday name of any locale.
bool isLocalisedWeekday(string_view token);
// How many locales the table was generated from (tests check the table is not just "C").
int localeTableSize();

} // namespace oomlens::kernlog
