// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The pipe protocol between Seedline and seedline-kf5-highlighter (helpers/kf5-highlighter), a
// Qt 5 process linked against KF5SyntaxHighlighting that is started once and keeps every open
// document's lines and per-line highlighting states. Shared by both sides; Qt 5 and Qt 6 alike.
//
// Every message is one line of ASCII words ending in '\n'; a message with a payload ends in its
// size in bytes, and exactly that many bytes of UTF-8 follow. Text is base64 where it is a word.
//
// Seedline -> helper
//   theme light|dark                        colours from KSyntaxHighlighting's default themes
//   open DOC FILENAME64 NAME64              a document: the definition for the file name, else by name
//   edit DOC SEQ FIRST REMOVED INSERTED BYTES   lines [FIRST, FIRST+REMOVED) replaced by INSERTED
//                                           lines, the payload holding each followed by '\n'
//   close DOC
// helper -> Seedline
//   hello VERSION KF5VERSION DEFINITIONS    once, when ready
//   opened DOC NAME64                       the definition chosen
//   error DOC MESSAGE64                     (DOC 0: about the helper)
//   style ID FG BG FLAGS                    a format: #aarrggbb or '-' colours, FLAGS from "biuz"
//                                           (bold, italic, underline, strike-out) or '-'; sent
//                                           before the first span that uses it
//   lines DOC SEQ FIRST COUNT BYTES         the highlighting of lines [FIRST, FIRST+COUNT) after
//                                           edit SEQ; per line "START:LENGTH:ID ..." and '\n'
//   reset                                   the theme changed: forget the styles, every open
//                                           document follows whole (SEQ of its last edit)

#include <QString>
#include <QStringView>

#include <cstdint>

namespace Seedline::HelperProtocol {

inline constexpr int version = 1;
inline constexpr char programName[] = "seedline-kf5-highlighter";

// A hash of a line's text that both sides compute alike (FNV-1a over UTF-16 code units).
inline std::uint64_t lineHash(QStringView text)
{
    std::uint64_t h = 14695981039346656037ull;
    for (QChar c : text) {
        h ^= c.unicode();
        h *= 1099511628211ull;
    }
    return h;
}

} // namespace Seedline::HelperProtocol
