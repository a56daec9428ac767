// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QFileDialog;
class QWidget;

namespace alongside {

// File dialogs that never open a file to learn what it is. Qt's dialog asks the system
// what each file is from its content when its name does not say (a caseload's -wal and
// -shm files), opening and closing it; closing any descriptor of a file drops every
// POSIX lock this process holds on it, SQLite's included, and another process could then
// delete the caseload's working files under it. These dialogs are Qt's own (so they are
// in Welsh too) with file types and icons told from names alone.
namespace FileDialogs {

QString existingFolder(QWidget* parent, const QString& title, const QString& start);
QString openFile(QWidget* parent, const QString& title, const QString& start, const QString& filter);
QStringList openFiles(QWidget* parent, const QString& title, const QString& start, const QString& filter);
QString saveFile(QWidget* parent, const QString& title, const QString& start, const QString& filter);
// Makes a dialog built elsewhere safe in the same way.
void makeSafe(QFileDialog& dialog);

} // namespace FileDialogs

} // namespace alongside
