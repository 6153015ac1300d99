package org.securebase.archfixture.kernel;

import org.securebase.archfixture.shop.ShopService;

/** Planted: a kernel class that imports a feature. */
public class Clocked {
  public ShopService shop() {
    return new ShopService();
  }
}
