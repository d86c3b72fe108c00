"""Orders the owner enters: private orders (私域订单) sold over WeChat (:mod:`.private`), and the
shipping list (发货单) that courier software imports (:mod:`.shipping_list`)."""
