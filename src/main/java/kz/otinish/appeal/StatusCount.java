package kz.otinish.appeal;

import org.jspecify.annotations.Nullable;

/** STAT-1: how many appeals of a school ({@code null}: none given) are in a status. */
public record StatusCount(@Nullable String schoolCode, AppealStatus status, long count) {
}
