"""MIME message classes: MIMEBase, MIMENonMultipart, MIMEMultipart, MIMEText, MIMEApplication, MIMEMessage."""
