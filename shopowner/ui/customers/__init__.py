"""The customer book (客户簿) area: table, search, filters, detail pane, duplicates, bulk actions."""


def build(window):
    from shopowner.ui.customers.area import CustomersArea

    return CustomersArea(window)
