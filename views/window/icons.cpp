// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "icons.h"

#include <QGuiApplication>
#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace Seedline::Icons {

namespace {

const char *body(const QString &name)
{
    static const QHash<QString, const char *> bodies{
        {QStringLiteral("zoom-in"),
         "<circle cx='10' cy='10' r='6.5'/><path d='M15 15l6 6M7 10h6M10 7v6'/>"},
        {QStringLiteral("zoom-out"), "<circle cx='10' cy='10' r='6.5'/><path d='M15 15l6 6M7 10h6'/>"},
        {QStringLiteral("zoom-fit-best"),
         "<path d='M3 8V3h5M16 3h5v5M21 16v5h-5M8 21H3v-5'/><rect x='8' y='8' width='8' height='8' rx='1'/>"},
        {QStringLiteral("edit-find"), "<circle cx='10' cy='10' r='6.5'/><path d='M15 15l6 6'/>"},
        {QStringLiteral("why"),
         "<circle cx='5' cy='19' r='2.5'/><circle cx='19' cy='5' r='2.5'/>"
         "<path d='M7 17c4-1 2-6 6-7s3-2 4-3'/>"},
        {QStringLiteral("zoom-select"),
         "<rect x='3' y='5' width='7' height='5' rx='1'/><rect x='14' y='5' width='7' height='5' rx='1'/>"
         "<rect x='8.5' y='15' width='7' height='5' rx='1'/><path d='M6.5 10l4 5M17.5 10l-4 5'/>"},
        {QStringLiteral("focus"),
         "<circle cx='12' cy='12' r='3'/><circle cx='12' cy='12' r='8'/><path d='M12 1v3M12 20v3M1 12h3M20 12h3'/>"},
    };
    return bodies.value(name, nullptr);
}

} // namespace

QIcon icon(const QString &name)
{
    const char *shape = body(name);
    if (!shape)
        return {};
    const QColor color = QGuiApplication::palette().color(QPalette::WindowText);
    const QByteArray svg = QByteArrayLiteral("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24' fill='none' "
                                             "stroke-width='2' stroke-linecap='round' stroke-linejoin='round' stroke='")
        + color.name().toLatin1() + QByteArrayLiteral("'>") + QByteArray(shape) + QByteArrayLiteral("</svg>");
    QSvgRenderer renderer(svg);
    QIcon result;
    for (int size : {16, 22, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        result.addPixmap(pixmap);
    }
    return result;
}

} // namespace Seedline::Icons
