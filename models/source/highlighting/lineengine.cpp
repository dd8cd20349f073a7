// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lineengine.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Theme>

#include <algorithm>

namespace Seedline {

LineEngine::LineEngine() = default;
LineEngine::~LineEngine() = default;

void LineEngine::setDefinition(const KSyntaxHighlighting::Definition &definition)
{
    AbstractHighlighter::setDefinition(definition);
    m_formats.clear();
    rehighlightAll();
}

void LineEngine::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    if (!m_current || length <= 0 || !format.isValid())
        return;
    // The default style needs no span: the editor's own colours are the theme's normal text.
    if (theme().isValid() && format.isDefaultTextStyle(theme()))
        return;
    m_formats.insert(format.id(), format);
    if (!m_current->isEmpty()) {
        Span &last = m_current->last();
        if (last.format == format.id() && last.start + last.length == offset) {
            last.length += length;
            return;
        }
    }
    m_current->append({offset, length, format.id()});
}

LineEngine::Range LineEngine::edit(int first, int removed, const QStringList &inserted)
{
    first = std::clamp(first, 0, int(m_lines.size()));
    removed = std::clamp(removed, 0, int(m_lines.size()) - first);
    // The state the replaced lines ended in: lines after them began in it.
    const bool hadEnd = removed > 0;
    const KSyntaxHighlighting::State oldEnd = hadEnd ? m_states.at(first + removed - 1) : KSyntaxHighlighting::State();
    for (int i = 0; i < removed; ++i)
        m_lines.removeAt(first);
    m_states.remove(first, removed);
    m_spans.remove(first, removed);
    for (int i = 0; i < inserted.size(); ++i) {
        m_lines.insert(first + i, inserted.at(i));
        m_states.insert(first + i, KSyntaxHighlighting::State());
        m_spans.insert(first + i, QVector<Span>());
    }
    const int changedEnd = first + int(inserted.size());
    KSyntaxHighlighting::State state = first > 0 ? m_states.at(first - 1) : KSyntaxHighlighting::State();
    int line = first;
    for (; line < m_lines.size(); ++line) {
        const KSyntaxHighlighting::State before = m_states.at(line);
        QVector<Span> spans;
        m_current = &spans;
        state = highlightLine(m_lines.at(line), state);
        m_current = nullptr;
        m_spans[line] = std::move(spans);
        m_states[line] = state;
        // The last new line ending as the replaced ones did, or a later line ending in the state it
        // ended in before, leaves the rest as it was.
        const bool settled = line >= changedEnd ? state == before
                                                : line == changedEnd - 1 && hadEnd && state == oldEnd;
        if (settled) {
            ++line;
            break;
        }
    }
    return {first, line};
}

LineEngine::Range LineEngine::rehighlightAll()
{
    const QStringList lines = m_lines;
    m_lines.clear();
    m_states.clear();
    m_spans.clear();
    return edit(0, 0, lines);
}

} // namespace Seedline
