// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace Seedline {

struct ChainProjection;

// What the user has selected, kept by id so that it survives reloads, what-ifs and folding: the id
// of a real step, or of a folded node. The graph, the tables, the Inspector, the play mode and the
// source pane share one Selection and resolve it against the projection they show.
class Selection : public QObject
{
    Q_OBJECT
public:
    explicit Selection(QObject *parent = nullptr);

    QString id() const { return m_id; }
    void setId(const QString &id);
    void clear() { setId({}); }
    bool isEmpty() const { return m_id.isEmpty(); }

    // "Why does A need B": both ids, or none.
    QString whyFrom() const { return m_whyFrom; }
    QString whyTo() const { return m_whyTo; }
    void setWhy(const QString &from, const QString &to);
    void clearWhy() { setWhy({}, {}); }
    bool hasWhy() const { return !m_whyFrom.isEmpty() && !m_whyTo.isEmpty(); }

    // Where an id lands in a projection: the shown step that holds it, and the real step it names
    // (-1 when the id is a folded node's or unknown).
    struct Resolved
    {
        int shown = -1;
        int real = -1;
        bool isValid() const { return shown >= 0; }
    };
    static Resolved resolve(const ChainProjection &projection, const QString &id);
    Resolved resolve(const ChainProjection &projection) const { return resolve(projection, m_id); }

Q_SIGNALS:
    void changed(const QString &id);
    void whyChanged();

private:
    QString m_id;
    QString m_whyFrom;
    QString m_whyTo;
};

} // namespace Seedline
