package org.missionhub.core.organisation.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.missionhub.api.organisation.OrganisationType;
import org.missionhub.core.shared.CountryCode;

/**
 * The editable profile of an organisation. {@code fiscalYearStart}, the month its fiscal year starts in
 * (1-12), is optional: left out, it stays as it is (January for a new organisation). {@code iatiIdentifier},
 * the organisation identifier it publishes under in IATI (a registration agency's prefix and the number it
 * gave, {@code DK-CVR-20228799}), likewise: left out it stays, blank removes it. {@code sector}, a NACE section
 * ({@code NACE_C}) or COFOG division ({@code COFOG_07}), likewise.
 */
public record OrganisationProfile(
    @NotBlank @Size(max = 200) String name,
    @NotNull OrganisationType type,
    @NotNull @CountryCode String country,
    @Min(1) @Max(12) Integer fiscalYearStart,
    @Size(max = 100) @Pattern(regexp = "|[A-Za-z]{2}-[A-Za-z0-9]+-[^\\s/&|?]+", message = "must be an IATI organisation identifier: a registration agency's code and the organisation's number in it, such as DK-CVR-20228799 or XM-DAC-41114") String iatiIdentifier,
    @Pattern(regexp = "|NACE_[A-U]|COFOG_(0[1-9]|10)", message = "must be a NACE Rev. 2 section (NACE_A to NACE_U) or a COFOG division (COFOG_01 to COFOG_10), or empty to remove it") String sector) {}
