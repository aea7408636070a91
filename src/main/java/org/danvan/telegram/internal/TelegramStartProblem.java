package org.danvan.telegram.internal;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.telegram.telegrambots.longpolling.exceptions.TelegramApiErrorResponseException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import org.danvan.shared.DeploymentProblem;

import org.springframework.core.NestedExceptionUtils;

/**
 * What a deployer reads when the first call to Telegram, made while starting, fails: a
 * refused token, another refusal, or no way through to the Bot API.
 */
final class TelegramStartProblem {

	/** The polling library's error answer keeps its HTTP status only in its text. */
	private static final Pattern POLLING_ERROR_CODE = Pattern.compile("^(\\d{3}): ");

	private TelegramStartProblem() {
	}

	static DeploymentProblem of(String call, TelegramApiException ex, URI apiUrl, String fixOfRefusal) {
		int code = errorCode(ex);
		if (code > 0) {
			String answer = (ex instanceof TelegramApiRequestException refusal) ? refusal.getApiResponse()
					: ex.getMessage();
			if (code == 401 || code == 404) {
				return new DeploymentProblem(
						"Telegram refused the bot token (" + code + " " + answer + "): it is wrong or was revoked.",
						"Copy the token again from @BotFather into TELEGRAM_BOT_TOKEN (and give TELEGRAM_API_URL "
								+ "no path).",
						ex);
			}
			return new DeploymentProblem("Telegram refused " + call + ": " + code + " " + answer + ".", fixOfRefusal,
					ex);
		}
		return new DeploymentProblem(
				"Cannot reach the Telegram Bot API at " + apiUrl.getHost() + " (TELEGRAM_API_URL) to " + call + ": "
						+ reason(ex),
				"Check this machine's network and TELEGRAM_API_URL; run the bot under a supervisor "
						+ "(Docker's restart policy, systemd) so that it starts again by itself.",
				ex);
	}

	/** Whether no answer came at all (no HTTP status): the network, not a refusal. */
	static boolean isUnreachable(TelegramApiException ex) {
		return errorCode(ex) == 0;
	}

	/** The innermost cause, in one line. */
	static String reason(TelegramApiException ex) {
		Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
		return cause.getClass().getSimpleName() + ": " + cause.getMessage();
	}

	private static int errorCode(TelegramApiException ex) {
		if (ex instanceof TelegramApiRequestException refusal) {
			return (refusal.getErrorCode() != null) ? refusal.getErrorCode() : 0;
		}
		if (ex instanceof TelegramApiErrorResponseException) {
			Matcher code = POLLING_ERROR_CODE.matcher(ex.toString());
			return code.find() ? Integer.parseInt(code.group(1)) : 0;
		}
		return 0;
	}

}
