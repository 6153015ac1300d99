package org.securebase.archfixture.shop;

import org.springframework.stereotype.Controller;

/** Planted: a public controller. */
@Controller
public class ShopController {}
