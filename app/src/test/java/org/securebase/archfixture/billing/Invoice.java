package org.securebase.archfixture.billing;

import org.securebase.archfixture.demo.DemoShop;
import org.securebase.archfixture.shop.ShopRepository;
import org.securebase.archfixture.shop.ShopService;

/** Planted: the other half of the cycle, a foreign repository, and an import of the demo. */
public class Invoice {
  public int lines(ShopRepository shops, ShopService service, DemoShop demo) {
    return shops.count() + demo.size() + (service == null ? 0 : 1);
  }
}
