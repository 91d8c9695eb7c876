package org.missionhub.api.organisation;

/**
 * What an organisation works in (contract 1.15.0), as official statistics classify it: a company, foundation, NGO or
 * university by its NACE Rev. 2 section (Eurostat's statistical classification of economic activities), a
 * government by its COFOG division (the UN classification of the functions of government). Results can be broken
 * down by it. Only the top level of each: finer codes would make groups too small to publish.
 */
public enum Sector {
  NACE_A("Agriculture, forestry and fishing"),
  NACE_B("Mining and quarrying"),
  NACE_C("Manufacturing"),
  NACE_D("Electricity, gas, steam and air conditioning supply"),
  NACE_E("Water supply; sewerage, waste management and remediation activities"),
  NACE_F("Construction"),
  NACE_G("Wholesale and retail trade; repair of motor vehicles and motorcycles"),
  NACE_H("Transportation and storage"),
  NACE_I("Accommodation and food service activities"),
  NACE_J("Information and communication"),
  NACE_K("Financial and insurance activities"),
  NACE_L("Real estate activities"),
  NACE_M("Professional, scientific and technical activities"),
  NACE_N("Administrative and support service activities"),
  NACE_O("Public administration and defence; compulsory social security"),
  NACE_P("Education"),
  NACE_Q("Human health and social work activities"),
  NACE_R("Arts, entertainment and recreation"),
  NACE_S("Other service activities"),
  NACE_T("Activities of households as employers"),
  NACE_U("Activities of extraterritorial organisations and bodies"),
  COFOG_01("General public services"),
  COFOG_02("Defence"),
  COFOG_03("Public order and safety"),
  COFOG_04("Economic affairs"),
  COFOG_05("Environmental protection"),
  COFOG_06("Housing and community amenities"),
  COFOG_07("Health"),
  COFOG_08("Recreation, culture and religion"),
  COFOG_09("Education"),
  COFOG_10("Social protection");

  private final String title;

  Sector(String title) {
    this.title = title;
  }

  /** The classification's own English title, for logs and exports; the UI translates it. */
  public String title() {
    return title;
  }
}
