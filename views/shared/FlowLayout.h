// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLayout>
#include <QList>

namespace alongside {

// Lays its widgets out left to right and wraps them onto the next line when the width
// runs out, so a row of filters never cuts a choice short on a narrow window. Its
// smallest width is its widest item's; its height follows its width.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget* parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    int count() const override;
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    // Places the items in rect (or only measures, when place is false); the height used.
    int arrange(const QRect& rect, bool place) const;
    int gap(Qt::Orientation orientation) const;

    QList<QLayoutItem*> m_items;
};

} // namespace alongside
